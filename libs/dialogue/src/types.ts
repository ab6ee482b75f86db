/** What a caller's utterance asks of the voicebot, decided before any knowledge-base answer. */
export type UtteranceIntent =
  | 'emergency' // fire, smoke, gas, someone collapsed or bleeding, crime in progress, a crash with injuries
  | 'crisis' // self-harm or suicidal statements, about oneself or someone else right now
  | 'handoff' // asks for a human
  | 'abuse' // insults or threats at the agent or the bot
  | 'out_of_scope' // clearly not a civic service question
  | 'repeat' // asks the bot to say it again
  | 'goodbye' // thanks and closes the call
  | 'sms_request' // asks for the answer by text message
  | 'none'; // anything else: go on to the knowledge base

/** Where an emergency caller is sent: 119 for fire, medical, gas and rescue; 112 for crime. */
export type EmergencyService = '119' | '112';

export interface Classification {
  intent: UtteranceIntent;
  /** For emergency: which number to send the caller to: 119 for fire/medical/gas/rescue, 112 for crime. */
  service?: EmergencyService;
  /** A short machine-readable reason, e.g. 'fire', 'gas', 'medical', 'crime', 'suicidal', 'agent-request', 'insult', 'threat', 'stocks'. */
  reason?: string;
  /** The phrase that triggered the rule, for the audit log. */
  matched?: string;
}
