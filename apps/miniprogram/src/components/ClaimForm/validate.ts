export interface ClaimFormValues {
  compoundId: number | null;
  building: string;
  room: string;
  ownerName: string;
  phoneLast4: string;
}

export type ClaimFormErrors = Partial<Record<keyof ClaimFormValues, string>>;

/** Checks the claim form before it is sent; an empty object means it can be sent. */
export function validateClaim(values: ClaimFormValues): ClaimFormErrors {
  const errors: ClaimFormErrors = {};
  if (values.compoundId === null) errors.compoundId = '请先选择小区';
  if (!values.building.trim()) errors.building = '请选择楼栋';
  const room = values.room.trim();
  if (!room) errors.room = '请填写或选择房号';
  else if (room.length > 32) errors.room = '房号最多 32 个字';
  const name = values.ownerName.trim();
  if (!name) errors.ownerName = '请填写房产登记的业主姓名';
  else if (name.length > 50) errors.ownerName = '姓名最多 50 个字';
  if (!/^\d{4}$/.test(values.phoneLast4.trim())) errors.phoneLast4 = '请填写业主手机号的后 4 位数字';
  return errors;
}
