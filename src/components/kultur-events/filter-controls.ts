import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Language } from '../i18n/language.js';
import type { SharedTexts } from '../i18n/shared-texts.js';
import type { EventFilters } from './event-filters.js';
import { AUDIENCES, CATEGORIES, MUNICIPALITIES } from '../../contract/reference-data.js';
import type { LocalizedName } from '../../contract/schema.js';

/** A list of ids by name, "all" first: the `known` municipalities, categories or audiences of the contract. */
function listControl(
  chosen: EventFilters,
  defaults: EventFilters,
  name: 'municipality' | 'category' | 'audience',
  id: string,
  label: string,
  all: string,
  known: ReadonlyArray<{ id: string; name: LocalizedName }>,
  language: Language,
): TemplateResult {
  return html`<div part="field" class="field">
    <label for=${id}>${label}</label>
    <select id=${id} name=${name}>
      <option value="" ?selected=${chosen[name] === defaults[name]}>${all}</option>
      ${known.map(
        (each) => html`<option value=${each.id} ?selected=${chosen[name] === each.id}>${each.name[language]}</option>`,
      )}
    </select>
  </div>`;
}

/**
 * The controls of the listing's filter form that `shown` names (`municipality`, `category`, `audience`, `date`,
 * `search`), each labelled and holding what is `chosen`; "all" is selected while the choice is the attributes'
 * (`defaults`). Their ids start with `idPrefix`, as a page may hold several listings. The element's form around them
 * takes their `change` events and the search's submit. The names come with the element, from the contract's reference
 * data: the ids are fixed by the contract's version, so their names are too, and the first paint costs one request.
 */
export function filterControls(
  t: SharedTexts,
  language: Language,
  chosen: EventFilters,
  defaults: EventFilters,
  shown: ReadonlySet<string>,
  idPrefix: string,
): TemplateResult {
  const id = (name: string) => `${idPrefix}-${name}`;
  const lists = [
    ['municipality', t.filterMunicipality, t.allMunicipalities, MUNICIPALITIES],
    ['category', t.filterCategory, t.allCategories, CATEGORIES],
    ['audience', t.filterAudience, t.allAudiences, AUDIENCES],
  ] as const;
  return html`
    ${lists.map(([name, label, all, known]) =>
      shown.has(name) ? listControl(chosen, defaults, name, id(name), label, all, known, language) : nothing,
    )}
    ${
      shown.has('date')
        ? html`<div part="field" class="field">
              <label for=${id('from')}>${t.filterFrom}</label>
              <input id=${id('from')} name="from" type="date" .value=${chosen.from} />
            </div>
            <div part="field" class="field">
              <label for=${id('to')}>${t.filterTo}</label>
              <input
                id=${id('to')}
                name="to"
                type="date"
                min=${ifDefined(chosen.from || undefined)}
                .value=${chosen.to}
              />
            </div>`
        : nothing
    }
    ${
      shown.has('search')
        ? html`<div part="field" class="field field-search">
            <label for=${id('q')}>${t.filterSearch}</label>
            <span class="search-row">
              <input id=${id('q')} name="q" type="search" .value=${chosen.q} />
              <button class="button" type="submit">${t.filterSearch}</button>
            </span>
          </div>`
        : nothing
    }
  `;
}
