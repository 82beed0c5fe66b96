/**
 * What the element refuses, said to the people who can fix it, never to a family: each distinct
 * problem once as a console warning and, for a setting (data/config.ts), once as an
 * `ent-help-setting-refused` event; the sentence of the staff notice, which the frame shows only
 * with `debug` (views/frame.ts).
 */
import type { ReactiveControllerHost } from 'lit';
import { settingNotice, settingOf, type ConfigNotice } from '../data/config.js';
import { emit } from '../internal/events.js';
import { Controller } from './controller.js';

export class Refusals extends Controller<ReactiveControllerHost & HTMLElement> {
  private readonly said = new Set<string>();

  /** @internal One console warning per distinct `key`: `<ent-help>: key message`. @returns whether it was said now. */
  warn(key: string, message: string): boolean {
    if (this.said.has(key)) return false;
    this.said.add(key);
    console.warn(`<ent-help>: ${key} ${message}`);
    return true;
  }

  /** @internal A refused setting: warned and fired once. @returns the staff notice's sentence, in the locale. */
  refuse(notice: ConfigNotice): string {
    const key = settingOf(notice);
    if (this.warn(key, notice.message))
      emit(this.el, 'ent-help-setting-refused', {
        attribute: notice.attribute,
        value: notice.value,
        reason: `${key} ${notice.message}`,
      });
    return settingNotice(key, notice.noAddress);
  }
}
