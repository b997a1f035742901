import type { INestApplicationContext } from '@nestjs/common';
import { AccessService } from '../identity/access.service.js';
import { FilesService } from '../files/files.service.js';
import { VoteBases } from '../deliberation/votes/vote-basis.service.js';
import { voucherPdf } from './demo-disclosures.js';
import type { DemoIds } from './seed.js';

/**
 * 锦绣花园's rules allow owner votes here (the basis, recorded by its committee); 玉林北苑 and 翠柳苑 have none
 * recorded, so their organisers see the official-channel path.
 */
export async function seedDemoDeliberation(app: INestApplicationContext, ids: DemoIds): Promise<void> {
  const personId = ids.personIds['demo-committee'];
  const committee = { personId, grants: await app.get(AccessService).loadGrants(personId) };
  const jinxiu = ids.compoundIds.jinxiu;
  const document = await app
    .get(FilesService)
    .store(
      jinxiu,
      { fileName: '锦绣花园管理规约.pdf', buffer: voucherPdf('Jinxiu Garden compound rules, art. 20') },
      committee.personId,
      ['pdf'],
    );
  await app.get(VoteBases).record(jinxiu, committee, {
    clause:
      '《锦绣花园管理规约》第二十条：业主共同决定事项可以通过“小区共治”平台以电子投票方式表决，与书面表决具有同等效力。',
    documentAttachmentId: document.id,
    objectionDays: 7,
  });
}
