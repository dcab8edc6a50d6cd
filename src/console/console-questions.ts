import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { MAX_QUESTIONS, QUESTION_KINDS, type QuestionInput, type QuestionKind } from '../contract/schema.js';
import { ConsoleElement } from './console-element.js';
import { consoleStyles } from './console-styles.js';
import { questionsTextsFor } from './questions-texts.js';

const CHOICES: readonly QuestionKind[] = ['one-choice', 'several-choices'];

/** A new question's id: short, unique in the event, and kept while its words change (answers are keyed by it). */
function newId(questions: readonly QuestionInput[]): string {
  for (let n = questions.length + 1; ; n++) {
    const id = `q${n}`;
    if (!questions.some((question) => question.id === id)) return id;
  }
}

/**
 * The editor's question builder: the event's own questions, each with its words, kind, whether it must be answered and,
 * for choices, the options; added, moved up and down by buttons, and removed. Tells the editor of every change with a
 * `questions-change` event whose `detail` is the new list.
 *
 * @fires questions-change - The questions changed; `detail` is the whole new list.
 */
export class ConsoleQuestionsElement extends ConsoleElement {
  static override styles = [
    ConsoleElement.baseStyles,
    consoleStyles,
    css`
      ol {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: 1em;
      }
      .question {
        border: 1px solid var(--_color-border, #767676);
        border-radius: 0.25em;
        padding: 0.75em;
        min-width: 0;
      }
      .moves {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
      }
      textarea,
      input[type='text'],
      select {
        width: 100%;
        box-sizing: border-box;
      }
    `,
  ];

  /** The questions as the form holds them. */
  @property({ attribute: false }) questions: QuestionInput[] = [];

  #change(questions: QuestionInput[], announcement?: string, focus?: string): void {
    this.questions = questions;
    this.dispatchEvent(new CustomEvent('questions-change', { detail: questions, bubbles: true, composed: true }));
    if (announcement) this.announce(announcement);
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(focus)?.focus());
  }

  #edit(index: number, change: Partial<QuestionInput>): void {
    const questions = this.questions.map((question, i) => {
      if (i !== index) return question;
      const next = { ...question, ...change };
      if (!CHOICES.includes(next.kind)) delete next.options;
      else next.options ??= [];
      return next;
    });
    this.#change(questions);
  }

  #add(): void {
    const t = questionsTextsFor(this.language);
    const questions = [
      ...this.questions,
      { id: newId(this.questions), kind: 'short-text' as const, label: '', required: false },
    ];
    this.#change(questions, t.added(questions.length), `#q-label-${questions.length - 1}`);
  }

  #move(index: number, by: -1 | 1): void {
    const t = questionsTextsFor(this.language);
    const questions = [...this.questions];
    const [moved] = questions.splice(index, 1);
    questions.splice(index + by, 0, moved!);
    const to = index + by;
    // Focus stays on the same button of the moved question, or on the other one at the end of the list.
    const button =
      (by === -1 && to === 0) || (by === 1 && to === questions.length - 1)
        ? by === -1
          ? 'down'
          : 'up'
        : by === -1
          ? 'up'
          : 'down';
    this.#change(questions, t.moved(to + 1), `#q-${button}-${to}`);
  }

  #remove(index: number): void {
    const t = questionsTextsFor(this.language);
    const questions = this.questions.filter((_, i) => i !== index);
    this.#change(
      questions,
      t.removed(index + 1),
      questions.length ? `#q-label-${Math.min(index, questions.length - 1)}` : '#q-add',
    );
  }

  override render() {
    const t = questionsTextsFor(this.language);
    const count = this.questions.length;
    return html`<fieldset>
      <legend>${t.legend}</legend>
      <p class="hint" id="q-hint">${t.hint}</p>
      ${count ? nothing : html`<p>${t.none}</p>`}
      <ol>
        ${this.questions.map(
          (question, i) =>
            html`<li>
              <fieldset class="question">
                <legend>${t.question(i + 1)}</legend>
                <div class="field">
                  <label for="q-label-${i}">${t.label}</label>
                  <input
                    id="q-label-${i}"
                    type="text"
                    maxlength="200"
                    .value=${question.label}
                    @input=${(event: Event) => this.#edit(i, { label: (event.target as HTMLInputElement).value })}
                  />
                </div>
                <div class="field">
                  <label for="q-kind-${i}">${t.kind}</label>
                  <select
                    id="q-kind-${i}"
                    @change=${(event: Event) =>
                      this.#edit(i, { kind: (event.target as HTMLSelectElement).value as QuestionKind })}
                  >
                    ${QUESTION_KINDS.map(
                      (kind) =>
                        html`<option value=${kind} ?selected=${question.kind === kind}>${t.kinds[kind]}</option>`,
                    )}
                  </select>
                </div>
                ${
                  CHOICES.includes(question.kind)
                    ? html`<div class="field">
                        <label for="q-options-${i}">${t.options}</label>
                        <textarea
                          id="q-options-${i}"
                          rows="3"
                          .value=${(question.options ?? []).join('\n')}
                          @input=${(event: Event) =>
                            this.#edit(i, { options: (event.target as HTMLTextAreaElement).value.split('\n') })}
                        ></textarea>
                      </div>`
                    : nothing
                }
                <div class="choice">
                  <input
                    id="q-required-${i}"
                    type="checkbox"
                    .checked=${question.required}
                    @change=${(event: Event) => this.#edit(i, { required: (event.target as HTMLInputElement).checked })}
                  />
                  <label for="q-required-${i}">${t.required}</label>
                </div>
                <div class="moves">
                  <button id="q-up-${i}" type="button" ?disabled=${i === 0} @click=${() => this.#move(i, -1)}>
                    ${t.up(i + 1)}
                  </button>
                  <button id="q-down-${i}" type="button" ?disabled=${i === count - 1} @click=${() => this.#move(i, 1)}>
                    ${t.down(i + 1)}
                  </button>
                  <button id="q-remove-${i}" type="button" class="danger" @click=${() => this.#remove(i)}>
                    ${t.remove(i + 1)}
                  </button>
                </div>
              </fieldset>
            </li>`,
        )}
      </ol>
      ${
        count < MAX_QUESTIONS
          ? html`<button id="q-add" type="button" @click=${this.#add}>${t.add}</button>`
          : html`<p>${t.full(MAX_QUESTIONS)}</p>`
      }
    </fieldset>`;
  }
}

ConsoleElement.define('console-questions', ConsoleQuestionsElement);

declare global {
  interface HTMLElementTagNameMap {
    'console-questions': ConsoleQuestionsElement;
  }
}
