import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Validate, ValidatorConstraint } from 'class-validator';
import { isValidPhone, type UpdateMeRequest } from '@xiaoqu/shared';

@ValidatorConstraint({ name: 'phone' })
class PhoneRule {
  validate(value: unknown) {
    return typeof value === 'string' && isValidPhone(value);
  }
  defaultMessage() {
    return 'phone must be a mainland mobile or fixed-line number';
  }
}

export class UpdateMeDto implements UpdateMeRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 50)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Validate(PhoneRule)
  phone?: string;
}
