// rugwijs from React: the wrappers of rugwijs/react, and a bare tag (React 19 sets properties and
// listens to custom events on custom elements itself).
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ExerciseCard, LoadBucket } from '../src/react.js';
import type { BucketChange } from '../src/components/load-bucket/load-bucket.js';

function App() {
  const [bucket, setBucket] = useState<BucketChange | null>(null);
  const [exercise, setExercise] = useState('bird-dog');
  return (
    <>
      <section className="demo">
        <h2>
          <code>&lt;LoadBucket&gt;</code> with <code>onRugwijsBucketChange</code>
        </h2>
        <LoadBucket heading-level={3} loads={['long-sitting', 'bad-night']} practiceName="Fysio De Brug" onRugwijsBucketChange={(e) => setBucket(e.detail)} />
        <p>
          React state: <output>{bucket ? `level ${bucket.level} of ${bucket.capacity}${bucket.overflowing ? ', overflowing' : ''}` : 'tap a load'}</output>
        </p>
      </section>
      <section className="demo">
        <h2>
          <code>&lt;ExerciseCard&gt;</code> with a prop from state
        </h2>
        <label>
          Exercise{' '}
          <select value={exercise} onChange={(e) => setExercise(e.target.value)}>
            <option value="bird-dog">bird-dog</option>
            <option value="plank">plank</option>
            <option value="walking">walking</option>
          </select>
        </label>
        <ExerciseCard exercise={exercise} />
      </section>
      <section className="demo">
        <h2>A bare tag in React 19</h2>
        <rugwijs-warning-signs heading-level={3} region="NL" />
      </section>
    </>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
