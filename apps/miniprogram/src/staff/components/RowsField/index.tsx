import { Text, View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import { FormField } from '../FormField';

/** One input of a row: the text field of the row it edits, and how it looks. */
export interface RowColumn<Row> {
  key: keyof Row & string;
  placeholder: string;
  maxLength: number;
  /** `main` takes the rest of the row; `side` sits beside it. */
  width: 'main' | 'side';
  /** A numeric keyboard; else plain text. */
  type?: 'number';
}

/**
 * A section of a staff form holding a list of rows of text inputs (one input a column), each row edited in
 * place or removed, and a button adding a blank row.
 */
export function RowsField<Row extends Record<string, string>>({
  section,
  label,
  hint,
  error,
  rows,
  columns,
  blank,
  addText,
  onChange,
}: {
  /** The heading of the section. */
  section: string;
  label: string;
  hint?: string;
  error?: string | null;
  rows: Row[];
  columns: RowColumn<Row>[];
  /** The row the add button appends. */
  blank: Row;
  addText: string;
  onChange: (rows: Row[]) => void;
}) {
  const update = (i: number, key: keyof Row & string, value: string) =>
    onChange(rows.map((row, j) => (j === i ? { ...row, [key]: value } : row)));
  return (
    <>
      <View className="xq-service-editor__section">
        <Text>{section}</Text>
      </View>
      <FormField label={label} hint={hint} error={error}>
        {rows.map((row, i) => (
          <View key={i} className="xq-form-row">
            {columns.map((column) => (
              <Input
                key={column.key}
                className={`xq-form-input xq-form-row__${column.width}`}
                type={column.type ?? 'text'}
                placeholder={column.placeholder}
                value={row[column.key]}
                onChange={(value) => update(i, column.key, value)}
                maxLength={column.maxLength}
              />
            ))}
            <Text className="xq-form-row__remove" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              删除
            </Text>
          </View>
        ))}
        <Button size="large" block onClick={() => onChange([...rows, { ...blank }])}>
          {addText}
        </Button>
      </FormField>
    </>
  );
}
