import { useRef, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ClaimView } from '@xiaoqu/shared';
import { ClaimForm, type ClaimFormDeps } from '../../components/ClaimForm';
import { unitLabel } from '../../components/ClaimList';
import { StatusTag } from '../../components/StatusTag';
import { claimsApi } from '../../services/clients/claims';
import { accountApi } from '../../services/clients/account';
import { placesApi } from '../../services/clients/places';
import { KNOWN_SOURCE_TEXT, knownCompoundId, lastCompound } from '../../services/known-compound';
import { firstCompound } from '../../services/places';
import { ApiError } from '../../services/request';
import { DeedEvidence, type DeedEvidenceValue } from './components/DeedEvidence';
import { deedLast6Error, submitWithEvidence } from './evidence';
import { CareMeta } from '../../components/CareMeta';
import './index.scss';

/**
 * The compound the form starts with (see knownCompoundId), read as the search lists it: searching within a compound
 * finds that compound, and needs no role there (an invited newcomer has none yet).
 */
async function knownCompound(linked: string | undefined) {
  const viewed = lastCompound();
  const mine = linked || viewed ? null : firstCompound(await accountApi.me());
  const known = knownCompoundId({ linked, viewed, mine });
  if (!known) return null;
  const [compound] = await placesApi.searchCompounds('', known.id);
  return compound?.id === known.id ? { compound, note: KNOWN_SOURCE_TEXT[known.source] } : null;
}

export default function ClaimPage() {
  const { params } = useRouter();
  const [claim, setClaim] = useState<ClaimView | null>(null);
  const [evidence, setEvidence] = useState<DeedEvidenceValue>({ last6: '', photo: null });
  // The form keeps its deps; the evidence it submits is the latest typed.
  const latest = useRef(evidence);
  latest.current = evidence;
  const [deps] = useState<ClaimFormDeps>(() => ({
    searchCompounds: placesApi.searchCompounds,
    buildings: placesApi.buildings,
    units: placesApi.units,
    knownCompound: () => knownCompound(params.compoundId),
    submit: async (body) => {
      const problem = deedLast6Error(latest.current.last6);
      if (problem) throw new ApiError('VALIDATION_FAILED', problem, 400);
      return submitWithEvidence(body, latest.current, claimsApi);
    },
  }));

  if (claim) {
    return (
      <View className="xq-page xq-claim-done">
        <CareMeta />
        <View className="xq-claim-done__title">
          <Text>认证申请已提交</Text>
        </View>
        <View className="xq-claim-done__unit">
          <Text>
            {claim.compound.name} {unitLabel(claim)}
          </Text>
          <StatusTag status={claim.status} />
        </View>
        <View className="xq-claim-done__text">
          <Text>社区核对后会通过或退回申请，结果显示在「我的」→「房屋认证申请」。</Text>
        </View>
        <Button type="primary" size="xlarge" block onClick={() => void Taro.switchTab({ url: '/pages/mine/index' })}>
          返回我的
        </Button>
      </View>
    );
  }

  return (
    <View className="xq-page">
      <CareMeta />
      <View className="xq-claim-intro">
        <Text>
          填写您名下房屋的信息，与社区登记的花名册核对一致，并提供产权证号后 6
          位或产权证照片，由社区审核通过后，您就成为这套房屋的认证业主。
        </Text>
      </View>
      <ClaimForm
        deps={deps}
        onSubmitted={setClaim}
        extra={<DeedEvidence value={evidence} onChange={setEvidence} error={deedLast6Error(evidence.last6)} />}
      />
    </View>
  );
}
