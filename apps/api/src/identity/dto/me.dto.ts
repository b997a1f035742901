import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, MaxLength, Validate, ValidateIf, ValidatorConstraint } from 'class-validator';
import { isValidPhone, type DeleteAccountRequest, type UpdateMeRequest } from '@xiaoqu/shared';

@ValidatorConstraint({ name: 'phone' })
class PhoneRule {
  validate(value: unknown) {
    return typeof value === 'string' && isValidPhone(value);
  }
  defaultMessage() {
    return 'phone must be a mainland mobile or fixed-line number';
  }
}

/** Optional, but not nullable: an absent field is left as it is, a null one is refused (IsOptional would let it by). */
const unlessAbsent = ValidateIf((_: object, value: unknown) => value !== undefined);

export class UpdateMeDto implements UpdateMeRequest {
  @ApiPropertyOptional()
  @unlessAbsent
  @IsString()
  @Length(1, 50)
  name?: string;

  @ApiPropertyOptional()
  @unlessAbsent
  @Validate(PhoneRule)
  phone?: string;
}

/** Checked by the service, so a missing or wrong word answers ACCOUNT_DELETION_NOT_CONFIRMED, not a bare 400. */
export class DeleteAccountDto implements DeleteAccountRequest {
  @ApiProperty({ example: '注销', description: 'must be 注销' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  confirm: string;
}
