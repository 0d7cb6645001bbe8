/**
 * The guided mode of an exercise card: walks through the sets, counts repetitions, runs the hold
 * countdown and says each step in the card's polite live region. A Lit reactive controller in a
 * module of its own, so its code loads only when a patient starts an exercise.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Dose } from '../../data/types.js';
import * as guided from '../../model/session.js';

export interface GuidedHost extends ReactiveControllerHost {
  focusAfterUpdate(selector: string): void;
  announce(text: string): void;
  guidedDone(): void;
}

export class GuidedMode implements ReactiveController {
  #host: GuidedHost;
  #session: guided.Session;
  #timer?: ReturnType<typeof setInterval>;

  constructor(host: GuidedHost, dose: Dose) {
    this.#host = host;
    this.#session = guided.start(guided.buildPlan(dose));
    host.addController(this);
    this.#set(this.#session, '.main-action', null);
  }

  get status(): guided.Status {
    return this.#session.status;
  }

  /** Running or paused: the session takes the place of the Start button. */
  get active(): boolean {
    return this.status === 'running' || this.status === 'paused';
  }

  hostDisconnected(): void {
    // Coming back later, the patient finds the session paused where it was, and no timer ran.
    this.#set(guided.pause(this.#session));
  }

  dispose(): void {
    this.#stopTimer();
    this.#host.removeController(this);
  }

  togglePause(): void {
    const s = this.#session;
    this.#set(s.status === 'paused' ? guided.resume(s) : guided.pause(s), '.pause');
  }

  stop(): void {
    this.#set(guided.stop(this.#session), '.start');
  }

  #next = () => {
    const next = guided.advance(this.#session);
    this.#set(next, next.status === 'done' ? '.start' : '.main-action');
  };

  #set(next: guided.Session, focus?: string, before: guided.Session | null = this.#session): void {
    this.#session = next;
    if (focus) this.#host.focusAfterUpdate(focus);
    if (!before || before.index !== next.index || before.status !== next.status) this.#host.announce(this.#announce(next, before ?? undefined));
    if (next.status === 'done' && before?.status !== 'done') this.#host.guidedDone();
    if (guided.hasClock(next)) this.#timer ??= setInterval(() => this.#set(guided.tick(this.#session)), 1000);
    else this.#stopTimer();
    this.#host.requestUpdate();
  }

  #stopTimer(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
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
      case 'rest':
        return msg(str`Rust even. Druk op Verder voor ronde ${item.nextSet}.`, { id: 'guided.rest' });
      case 'timed':
        return msg(str`De tijd loopt: ${Math.round(item.seconds / 60)} minuten.`, { id: 'guided.timed' });
      case 'once':
        return msg('Doe de oefening. Druk op Klaar als je klaar bent.', { id: 'guided.once' });
      case 'rep':
      case 'hold': {
        const parts = [];
        if (item.sets > 1) parts.push(msg(str`Ronde ${item.set} van ${item.sets}.`, { id: 'guided.set' }));
        if (item.side) parts.push(item.side === 1 ? msg('Eerste kant.', { id: 'guided.side1' }) : msg('Andere kant.', { id: 'guided.side2' }));
        if (item.reps > 1) parts.push(msg(str`Herhaling ${item.rep} van ${item.reps}.`, { id: 'guided.rep' }));
        if (item.kind === 'hold') parts.push(msg(str`Houd ${item.seconds} seconden vast.`, { id: 'guided.hold' }));
        return parts.join(' ');
      }
    }
  }

  render(): TemplateResult {
    const s = this.#session;
    const item = guided.current(s)!;
    const paused = s.status === 'paused';
    return html`<div class="session" role="group" aria-label=${msg('Oefening met begeleiding', { id: 'guided.label' })}>
      ${this.#renderItem(item, s)}
      <div class="actions">
        ${this.#mainAction(item, paused)}
        <button class="pause" @click=${() => this.togglePause()}>
          ${paused ? msg('Doorgaan', { id: 'guided.resume' }) : msg('Pauze', { id: 'guided.pause' })}
        </button>
        <button class="stop" @click=${() => this.stop()}>${msg('Stop', { id: 'guided.stop' })}</button>
      </div>
    </div>`;
  }

  #renderItem(item: guided.Item, s: guided.Session): TemplateResult {
    const remaining = html`<p class="clock" role="timer">${guided.clock(s.remaining)}</p>`;
    switch (item.kind) {
      case 'rest':
        return html`<p class="count">${msg('Rust even', { id: 'guided.rest-title' })}</p>
          <p>${msg(str`Straks ronde ${item.nextSet} van ${item.sets}.`, { id: 'guided.next-set' })}</p>`;
      case 'timed':
        return remaining;
      case 'once':
        return html`<p>${msg('Doe de oefening. Druk op Klaar als je klaar bent.', { id: 'guided.once' })}</p>`;
      case 'rep':
      case 'hold':
        return html`<p class="where">${this.#describe({ ...item, kind: 'rep' })}</p>
          ${item.kind === 'hold' ? remaining : html`<p class="count">${item.rep} / ${item.reps}</p>`}`;
    }
  }

  #mainAction(item: guided.Item, paused: boolean): TemplateResult | typeof nothing {
    const label =
      item.kind === 'rep'
        ? msg('Herhaling gedaan', { id: 'guided.rep-done' })
        : item.kind === 'rest'
          ? msg('Verder', { id: 'guided.continue' })
          : item.kind === 'hold'
            ? msg('Sla over', { id: 'guided.skip' })
            : msg('Klaar', { id: 'guided.finish' });
    return html`<button class="primary main-action" ?disabled=${paused} @click=${this.#next}>${label}</button>`;
  }
}
