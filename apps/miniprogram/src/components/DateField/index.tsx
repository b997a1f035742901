import { Picker, Text, View } from '@tarojs/components';
import { chinaDay, formatDateCn, parseDay } from '@xiaoqu/shared';
import './index.scss';

/** Bounds when a form gives none: a picker's year column of a century, not Taro's 1970–2999. */
export const DATE_FIELD_START = '2000-01-01';
export const DATE_FIELD_END = '2099-12-31';

/** `2026年11月26日` for a `YYYY-MM-DD` day (the day itself, whatever the phone's time zone). */
export const dayText = (day: string): string => formatDateCn(`${day}T00:00:00+08:00`);

/** Where the picker opens: the chosen day, else today, kept within the bounds. */
export function pickerDay(value: string | null, start: string, end: string, today = chinaDay(Date.now())): string {
  const day = value && parseDay(value) === value ? value : today;
  if (day < start) return start;
  if (day > end) return end;
  return day;
}

/**
 * A day chosen with the system's date picker, never typed (关怀模式): the chosen day in words as a large tap target
 * with a border and a ▾. `start`/`end` (`YYYY-MM-DD`) are the days the form's rules allow; the form still checks
 * the value. `name` marks the field for tests and browser journeys (`data-name`).
 */
export function DateField({
  name,
  value,
  onChange,
  start,
  end,
  placeholder = '请选择日期',
}: {
  name: string;
  /** `YYYY-MM-DD`, or null while nothing is chosen. */
  value: string | null;
  onChange: (day: string) => void;
  start?: string;
  end?: string;
  placeholder?: string;
}) {
  const from = start ?? DATE_FIELD_START;
  const to = end ?? DATE_FIELD_END;
  const chosen = value && parseDay(value) === value ? value : null;
  return (
    <Picker
      className="xq-date-picker"
      mode="date"
      value={pickerDay(chosen, from, to)}
      start={from}
      end={to}
      onChange={(e) => onChange(e.detail.value)}
    >
      <View
        className={`xq-date-field${chosen ? '' : ' xq-date-field--empty'}`}
        data-name={name}
        role="button"
        aria-label={chosen ? `${dayText(chosen)}，点按更改日期` : placeholder}
      >
        <Text className="xq-date-field__text">{chosen ? dayText(chosen) : placeholder}</Text>
        <Text className="xq-date-field__arrow" aria-hidden>
          ▾
        </Text>
      </View>
    </Picker>
  );
}
