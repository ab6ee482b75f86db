import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AGENT_STATUSES, ROLES, type AgentStatus, type Role } from '../user.entity.js';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const RoleModel = enumOf(ROLES);
export const AgentStatusModel = enumOf(AGENT_STATUSES);
registerEnumType(RoleModel, {
  name: 'Role',
  description: 'AGENT takes calls, SUPERVISOR watches the floor, DRAFTER writes documents, ADMIN manages users.',
});
registerEnumType(AgentStatusModel, {
  name: 'AgentStatus',
  description: 'Where an agent is: available, on a call, in wrap-up, away, signed out.',
});

@ObjectType('User', { description: 'A person who signs in to the console.' })
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field()
  username: string;

  @Field()
  displayName: string;

  @Field(() => RoleModel)
  role: Role;

  @Field()
  active: boolean;

  @Field(() => AgentStatusModel)
  agentStatus: AgentStatus;

  @Field()
  statusChangedAt: Date;

  @Field()
  createdAt: Date;
}

@ObjectType('AuthSession', { description: 'A signed-in session: send the access token as `Authorization: Bearer …`.' })
export class AuthSessionModel {
  @Field({ description: 'JWT, valid for ACCESS_TOKEN_TTL_SECONDS.' })
  accessToken: string;

  @Field()
  accessTokenExpiresAt: Date;

  @Field({ description: 'Opaque; exchange it with refreshSession for a new pair (it then stops working).' })
  refreshToken: string;

  @Field(() => UserModel)
  user: UserModel;
}

@ObjectType('CreatedUser')
export class CreatedUserModel {
  @Field(() => UserModel)
  user: UserModel;

  @Field(() => String, { nullable: true, description: 'Generated when no password was given: shown once, hand it over in person.' })
  oneTimePassword: string | null;
}
