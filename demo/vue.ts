// rugwijs from Vue 3: the tags in a template. Vue is told that rugwijs-* are custom elements;
// it binds :props as properties and @events as listeners.
import { createApp, ref } from 'vue';
import '../src/define.js';

const app = createApp({
  setup() {
    const level = ref('tap a load');
    const loads = ref(['stress']);
    return {
      level,
      loads,
      onChange: (e: CustomEvent<{ level: number; capacity: number; overflowing: boolean }>) => {
        level.value = `level ${e.detail.level} of ${e.detail.capacity}${e.detail.overflowing ? ', overflowing' : ''}`;
      },
    };
  },
  template: `
    <section class="demo">
      <h2>&lt;rugwijs-load-bucket&gt; with :loads and @rugwijs-bucket-change</h2>
      <rugwijs-load-bucket heading-level="3" :loads="loads" @rugwijs-bucket-change="onChange"></rugwijs-load-bucket>
      <p>Vue state: <output>{{ level }}</output></p>
    </section>
    <section class="demo">
      <h2>&lt;rugwijs-exercise-program&gt;</h2>
      <rugwijs-exercise-program exercises="pelvic-tilt,walking" heading-level="3"></rugwijs-exercise-program>
    </section>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('rugwijs-');
app.mount('#app');
