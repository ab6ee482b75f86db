import { Field, InputType } from '@nestjs/graphql';
import type { Role } from '../user.entity.js';
import { RoleModel } from '../models/user.model.js';

@InputType()
export class CreateUserInput {
  @Field({ description: '3-40 lowercase letters, digits, . _ -' })
  username: string;

  @Field()
  displayName: string;

  @Field(() => RoleModel)
  role: Role;

  @Field(() => String, { nullable: true, description: 'At least 10 characters; leave out for a one-time password.' })
  password?: string | null;
}
