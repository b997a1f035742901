import { chinaDay } from '@xiaoqu/shared';
import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import './index.scss';

/** A labelled field of a staff form, with a hint under the label and the error (in words, not colour alone). */
export function FormField({
  label,
  hint,
  error,
  children,
}: {
  label: string;
  hint?: string;
  error?: string | null;
  children: ReactNode;
}) {
  return (
    <View className="xq-form-field">
      <View className="xq-form-field__label">
        <Text>{label}</Text>
      </View>
      {hint && (
        <View className="xq-form-field__hint">
          <Text>{hint}</Text>
        </View>
      )}
      {children}
      {error && (
        <View className="xq-form-field__error" role="alert">
          <Text>⚠ {error}</Text>
        </View>
      )}
    </View>
  );
}

/** Today in China, `YYYY-MM-DD`: the default day of a record. */
export function todayCn(now = new Date()): string {
  return chinaDay(now);
}
