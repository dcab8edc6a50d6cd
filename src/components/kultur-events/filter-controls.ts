import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Language } from '../i18n/language.js';
import type { SharedTexts } from '../i18n/shared-texts.js';
import type { EventFilters } from './event-filters.js';
import { categoryNames, municipalityNames } from './reference-names.js';

/** A list of ids by name, "all" first. */
function listControl(
  chosen: EventFilters,
  defaults: EventFilters,
  name: 'municipality' | 'category',
  id: string,
  label: string,
  all: string,
  names: ReadonlyArray<[string, string]>,
): TemplateResult {
  return html`<div part="field" class="field">
    <label for=${id}>${label}</label>
    <select id=${id} name=${name}>
      <option value="" ?selected=${chosen[name] === defaults[name]}>${all}</option>
      ${names.map(([value, text]) => html`<option value=${value} ?selected=${chosen[name] === value}>${text}</option>`)}
    </select>
  </div>`;
}

/**
 * The controls of the listing's filter form that `shown` names (`municipality`, `category`, `date`, `search`), each
 * labelled and holding what is `chosen`; "all" is selected while the choice is the attributes' (`defaults`). Their ids
 * start with `idPrefix`, as a page may hold several listings. The element's form around them takes their `change`
 * events and the search's submit.
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
  return html`
    ${
      shown.has('municipality')
        ? listControl(
            chosen,
            defaults,
            'municipality',
            id('municipality'),
            t.filterMunicipality,
            t.allMunicipalities,
            municipalityNames(language),
          )
        : nothing
    }
    ${
      shown.has('category')
        ? listControl(
            chosen,
            defaults,
            'category',
            id('category'),
            t.filterCategory,
            t.allCategories,
            categoryNames(language),
          )
        : nothing
    }
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
