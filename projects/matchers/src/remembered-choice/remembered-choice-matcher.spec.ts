import type { Candidate } from '@halo-outlook/sdk';
import { aMailSnapshot, describeMatcherContract, runMatcher } from '@halo-outlook/sdk/testing';
import { rememberedChoiceMatcher } from './remembered-choice-matcher';

const legal: Candidate = {
  kind: 'client',
  id: 2,
  label: 'Northwind Legal',
  confidence: 1,
  reason: 'You chose it for this sender.',
};
const nora = aMailSnapshot({ from: 'Nora.Fields@northwind.example' });

describeMatcherContract('rememberedChoiceMatcher', () => rememberedChoiceMatcher(), [
  {
    name: 'a sender with a remembered client',
    snapshot: nora,
    remembered: [legal],
    proposes: ['client'],
  },
]);

describe('rememberedChoiceMatcher', () => {
  it("proposes the agent's remembered choice for the sender with full confidence", async () => {
    const [choice] = await runMatcher(rememberedChoiceMatcher(), nora, { remembered: [legal] });
    expect(choice).toEqual(jasmine.objectContaining({ kind: 'client', id: 2, confidence: 1 }));
    expect(choice.reason).toBe('You chose it for this sender before.');
  });

  it('recalls by the sender, whatever the case of the address', async () => {
    const recall = jasmine.createSpy('recall').and.resolveTo([]);
    await runMatcher(rememberedChoiceMatcher(), nora, { choices: { recall } });
    expect(recall).toHaveBeenCalledWith('nora.fields@northwind.example');
  });
});
