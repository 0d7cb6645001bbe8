/**
 * The guided mode of an exercise card: a get-ready countdown, then the sets, counted by taps or on
 * a tempo, with the hold countdown, each step said in the card's polite live region. A Lit
 * reactive controller in a module of its own, so its code loads only when a patient starts.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Dose } from '../../data/types.js';
import { plural } from '../../data/plural.js';
import * as guided from '../../model/session.js';

export interface GuidedHost extends ReactiveControllerHost {
  readonly shadowRoot: ShadowRoot | null;
  focusAfterUpdate(selector: string): void;
  announce(text: string): void;
  guidedDone(): void;
}

/**
 * The clock the guided mode reads and the timer that wakes it. Tests replace both, so no test
 * waits for real time. The timer only wakes the card; the time itself is always read from `now`.
 */
export const clock = {
  now: (): number => Date.now(),
  wake: (fn: () => void, ms: number): (() => void) => {
    const id = setTimeout(fn, ms);
    return () => clearTimeout(id);
  },
};

export class GuidedMode implements ReactiveController {
  #host: GuidedHost;
  #session: guided.Session;
  #cancelWake?: () => void;

  constructor(host: GuidedHost, dose: Dose, tempo?: number) {
    this.#host = host;
    this.#session = guided.start(guided.buildPlan(dose, tempo), clock.now());
    host.addController(this);
    this.#set(this.#session, '.primary', null);
  }

  get status(): guided.Status {
    return this.#session.status;
  }

  /** Running or paused: the session takes the place of the Start button. */
  get active(): boolean {
    return this.status === 'running' || this.status === 'paused';
  }

  hostDisconnected(): void {
    // Coming back later, the patient finds the session paused where it was.
    this.#set(guided.pause(this.#session, clock.now()));
  }

  dispose(): void {
    this.#sleep();
    this.#host.removeController(this);
  }

  togglePause(): void {
    const s = this.#session;
    const now = clock.now();
    this.#set(s.status === 'paused' ? guided.resume(s, now) : guided.pause(s, now), '.pause');
  }

  stop(): void {
    this.#set(guided.stop(this.#session), '.start');
  }

  #next = () => {
    const next = guided.advance(this.#session, clock.now());
    this.#set(next, next.status === 'done' ? '.start' : '.main-action');
  };

  #tick = () => {
    this.#cancelWake = undefined;
    const next = guided.tick(this.#session, clock.now());
    // The Pause button goes away when an untimed item follows: focus must not fall to the page.
    const lost = !guided.hasClock(next) && next.status === 'running' && this.#host.shadowRoot?.activeElement?.classList.contains('pause');
    this.#set(next, lost ? '.main-action' : next.status === 'done' ? '.start' : undefined);
  };

  #set(next: guided.Session, focus?: string, before: guided.Session | null = this.#session): void {
    this.#session = next;
    if (focus) this.#host.focusAfterUpdate(focus);
    if (!before || before.index !== next.index || before.status !== next.status) this.#host.announce(this.#announce(next, before ?? undefined));
    if (next.status === 'done' && before?.status !== 'done') this.#host.guidedDone();
    this.#sleep();
    const wait = guided.untilNextSecond(next, clock.now());
    if (wait !== undefined) this.#cancelWake = clock.wake(this.#tick, wait);
    this.#host.requestUpdate();
  }

  #sleep(): void {
    this.#cancelWake?.();
    this.#cancelWake = undefined;
  }

  #announce(s: guided.Session, before?: guided.Session): string {
    if (s.status === 'done') return msg('Klaar! Goed gedaan.', { id: 'guided.done' });
    if (s.status === 'stopped') return msg('Gestopt.', { id: 'guided.stopped' });
    if (s.status === 'paused') return msg('Pauze.', { id: 'guided.paused' });
    const item = guided.current(s);
    if (!item) return '';
    const resumed = before?.status === 'paused' && before.index === s.index ? msg('We gaan verder.', { id: 'guided.resumed' }) + ' ' : '';
    return resumed + this.#describe(item);
  }

  #describe(item: guided.Item): string {
    switch (item.kind) {
      case 'ready': {
        const n = item.seconds;
        return plural(n, msg(str`Maak je klaar. Over ${n} seconde begin je.`, { id: 'guided.ready-one' }), msg(str`Maak je klaar. Over ${n} seconden begin je.`, { id: 'guided.ready' }));
      }
      case 'rest':
        return msg(str`Rust even. Druk op Verder voor ronde ${item.nextSet}.`, { id: 'guided.rest' });
      case 'timed': {
        const n = Math.round(item.seconds / 60);
        return plural(n, msg(str`De tijd loopt: ${n} minuut.`, { id: 'guided.timed-one' }), msg(str`De tijd loopt: ${n} minuten.`, { id: 'guided.timed' }));
      }
      case 'once':
        return msg('Doe de oefening. Druk op Klaar als je klaar bent.', { id: 'guided.once' });
      case 'rep':
      case 'hold': {
        const parts = [];
        if (item.sets > 1) parts.push(msg(str`Ronde ${item.set} van ${item.sets}.`, { id: 'guided.set' }));
        if (item.side) parts.push(item.side === 1 ? msg('Eerste kant.', { id: 'guided.side1' }) : msg('Andere kant.', { id: 'guided.side2' }));
        if (item.reps > 1) parts.push(msg(str`Herhaling ${item.rep} van ${item.reps}.`, { id: 'guided.rep' }));
        if (item.kind === 'hold') {
          const n = item.seconds;
          parts.push(plural(n, msg(str`Houd ${n} seconde vast.`, { id: 'guided.hold-one' }), msg(str`Houd ${n} seconden vast.`, { id: 'guided.hold' })));
        }
        return parts.join(' ');
      }
    }
  }

  render(): TemplateResult {
    const s = this.#session;
    const item = guided.current(s)!;
    const paused = s.status === 'paused';
    // Pause is offered only while a clock runs; then it is the main button, so a patient on the
    // floor can stop the clock with one tap. Untimed steps wait for the patient anyway.
    const pausable = paused || guided.hasClock(s);
    return html`<div class="session" role="group" aria-label=${msg('Oefening met begeleiding', { id: 'guided.label' })}>
      ${this.#renderItem(item, s)}
      <div class="actions">
        ${pausable
          ? html`<button class="primary pause" @click=${() => this.togglePause()}>
              ${paused ? msg('Doorgaan', { id: 'guided.resume' }) : msg('Pauze', { id: 'guided.pause' })}
            </button>`
          : nothing}
        <button class=${pausable ? 'main-action' : 'primary main-action'} ?disabled=${paused} @click=${this.#next}>${this.#label(item)}</button>
        <button class="stop" @click=${() => this.stop()}>${msg('Stop', { id: 'guided.stop' })}</button>
      </div>
    </div>`;
  }

  #renderItem(item: guided.Item, s: guided.Session): TemplateResult {
    const left = guided.remaining(s, clock.now());
    const timer = html`<p class="clock" role="timer">${guided.clock(left)}</p>`;
    switch (item.kind) {
      case 'ready': {
        const next = s.plan[s.index + 1];
        return html`<p class="where">${msg('Maak je klaar', { id: 'guided.ready-title' })}</p>
          <p class="clock" role="timer">${left}</p>
          ${next && (next.kind === 'rep' || next.kind === 'hold') ? this.#where(next) : nothing}`;
      }
      case 'rest':
        return html`<p class="count">${msg('Rust even', { id: 'guided.rest-title' })}</p>
          <p>${msg(str`Straks ronde ${item.nextSet} van ${item.sets}.`, { id: 'guided.next-set' })}</p>`;
      case 'timed':
        return timer;
      case 'once':
        return html`<p>${msg('Doe de oefening. Druk op Klaar als je klaar bent.', { id: 'guided.once' })}</p>`;
      case 'rep':
      case 'hold':
        return html`${this.#where(item)}
          ${item.kind === 'hold' ? timer : html`<p class="count">${item.rep} / ${item.reps}</p>`}`;
    }
  }

  /** Round and side in one short line; the count below shows the repetition. */
  #where(item: Extract<guided.Item, { kind: 'rep' | 'hold' }>): TemplateResult | typeof nothing {
    const text = this.#describe({ ...item, kind: 'rep', reps: 1 });
    return text ? html`<p class="where">${text}</p>` : nothing;
  }

  #label(item: guided.Item): string {
    switch (item.kind) {
      case 'rep':
        return msg('Herhaling gedaan', { id: 'guided.rep-done' });
      case 'rest':
        return msg('Verder', { id: 'guided.continue' });
      case 'ready':
        return msg('Begin nu', { id: 'guided.begin-now' });
      case 'hold':
        return msg('Sla over', { id: 'guided.skip' });
      default:
        return msg('Klaar', { id: 'guided.finish' });
    }
  }
}
