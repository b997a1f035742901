import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Cell, Tag } from '@nutui/nutui-react-taro';
import { formatArea, ROLE_LABELS, type ClaimView, type MeResponse } from '@xiaoqu/shared';
import { CareModeCell } from '../../components/CareModeCell';
import { ClaimList, unitLabel } from '../../components/ClaimList';
import { EmptyState } from '../../components/EmptyState';
import { PageSkeleton } from '../../components/PageSkeleton';
import { useAsync } from '../../hooks/useAsync';
import { currentPersona, forgetPersona, LOGIN_PAGE } from '../../services/api';
import { accountApi } from '../../services/clients/account';
import { claimsApi } from '../../services/clients/claims';
import { personaLabel } from '../../services/personas';
import { complaintAccess } from '../../services/complaint-view';
import { adminGrants, disclosureStaffGrants, placeTrail } from '../../services/places';
import { errorMessage } from '../../services/request';
import { PersonalDataCells } from './PersonalDataCells';
import { MessagesCell } from '../home/components/MessagesCell';
import { CareMeta } from '../../components/CareMeta';
import './index.scss';

const IS_H5 = process.env.TARO_ENV === 'h5';

async function loadMine(): Promise<{ me: MeResponse; claims: ClaimView[] }> {
  const [me, claims] = await Promise.all([accountApi.me(), claimsApi.myClaims()]);
  return { me, claims };
}

function switchPersona() {
  forgetPersona();
  void Taro.reLaunch({ url: LOGIN_PAGE });
}

export default function MinePage() {
  const [state, reload] = useAsync(loadMine);
  useDidShow(() => void reload());
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));

  const persona = IS_H5 ? personaLabel(currentPersona()) : null;
  const switcher = IS_H5 && (
    <View className="xq-mine__switch">
      <Button block size="xlarge" onClick={switchPersona}>
        切换身份{persona ? `（当前：${persona}）` : ''}
      </Button>
    </View>
  );

  if (!state.data) {
    return (
      <View className="xq-page">
        <CareMeta />
        {state.status === 'error' ? (
          <EmptyState
            status="error"
            title="没能加载您的信息"
            description={`${errorMessage(state.error)}。`}
            actionText="重新加载"
            onAction={() => void reload()}
          />
        ) : (
          <PageSkeleton />
        )}
        {switcher}
      </View>
    );
  }

  const { me, claims } = state.data;
  const admin = adminGrants(me);
  const disclosureStaff = disclosureStaffGrants(me);
  const complaints = complaintAccess(me);
  const preparesDisclosures = disclosureStaff.some((g) => g.role === 'property_staff');
  const goClaim = () => void Taro.navigateTo({ url: '/pages/claim/index' });

  return (
    <View className="xq-page xq-mine">
      <CareMeta />
      <View className="xq-mine__who">
        <View className="xq-mine__name">
          <Text>{me.name ?? '未填写姓名'}</Text>
        </View>
        <View className="xq-mine__sub">
          <Text>{me.phone ? `手机 ${me.phone}` : '未填写手机号'}</Text>
          {persona && <Text>{` · 演示身份：${persona}`}</Text>}
        </View>
      </View>

      <Cell.Group title="我的身份" className="xq-mine__roles">
        {me.roles.length === 0 ? (
          <Cell title="还没有身份" description="认证房屋后成为业主；居民、网格员等身份由社区授予。" />
        ) : (
          me.roles.map((grant, i) => (
            <Cell
              key={`${grant.role}-${grant.place.id}-${i}`}
              title={
                <View className="xq-mine__role">
                  <Tag background="#eef3fb" color="#1d4f91" className="xq-tag">
                    {ROLE_LABELS[grant.role]}
                  </Tag>
                </View>
              }
              description={`${placeTrail(grant)}${grant.grid ? ` · ${grant.grid.name}` : ''}`}
            />
          ))
        )}
      </Cell.Group>

      <Cell.Group title="我的房屋" className="xq-mine__units">
        {me.units.length === 0 ? (
          <Cell title="还没有认证的房屋" description="认证后可以参与业主表决、查看本小区的公开信息。" />
        ) : (
          me.units.map((unit) => (
            <Cell
              key={unit.unitId}
              className="xq-mine__unit"
              title={`${unit.compound.name} ${unitLabel(unit)}`}
              extra={formatArea(unit.areaCentiM2)}
            />
          ))
        )}
      </Cell.Group>

      {claims.length === 0 ? (
        <Cell.Group title="房屋认证申请">
          <Cell title="还没有提交过认证申请" description="认证后成为业主，可以参与业主表决。" />
        </Cell.Group>
      ) : (
        <ClaimList title="房屋认证申请" claims={claims} />
      )}
      <View className="xq-mine__action">
        <Button type="primary" block size="xlarge" onClick={goClaim}>
          认证房屋
        </Button>
      </View>

      {disclosureStaff.length > 0 && (
        <Cell.Group title="物业与监督" className="xq-mine__staff">
          <Cell
            title="收支公示管理"
            description={
              preparesDisclosures
                ? '新建每期收支、导入明细、附凭证、公示、答复质询'
                : '审阅物业的收支草稿、写意见、标记明细'
            }
            extra="进入"
            clickable
            onClick={() => void Taro.navigateTo({ url: '/staff/pages/periods/index' })}
          />
        </Cell.Group>
      )}

      {(complaints.handler || complaints.admin.length > 0) && (
        <Cell.Group title="诉求办理" className="xq-mine__complaints">
          {complaints.handler && (
            <Cell
              title="待办诉求"
              description="按期限先后排列：受理、处理、办结（附照片）、升级"
              extra="进入"
              clickable
              onClick={() => void Taro.navigateTo({ url: '/staff/pages/complaints/index' })}
            />
          )}
          {complaints.admin.length > 0 && (
            <Cell
              title="升级诉求"
              description="社区攻坚、街道联合整治的诉求，各网格本月诉求数"
              extra="进入"
              clickable
              onClick={() => void Taro.navigateTo({ url: '/admin/pages/complaints/index' })}
            />
          )}
          {complaints.ranker.length > 0 && (
            <Cell
              title="问题小区排名"
              description="每月诉求最多的小区（前 5%）和一院一案"
              extra="进入"
              clickable
              onClick={() => void Taro.navigateTo({ url: '/admin/pages/ranking/index' })}
            />
          )}
        </Cell.Group>
      )}

      {admin.length > 0 && (
        <Cell.Group title="社区管理" className="xq-mine__admin">
          <Cell
            title="审核房屋认证"
            description="核对居民提交的业主认证"
            extra="进入"
            clickable
            onClick={() => void Taro.navigateTo({ url: '/admin/pages/claims/index' })}
          />
          <Cell
            title="导入房屋花名册"
            description="上传 .xlsx 或 .csv 文件"
            extra="进入"
            clickable
            onClick={() => void Taro.navigateTo({ url: '/admin/pages/roster/index' })}
          />
          <Cell
            title="操作记录"
            description="工作人员和管理员的每一次修改：谁、什么身份、做了什么、何时"
            extra="进入"
            clickable
            onClick={() => void Taro.navigateTo({ url: '/admin/pages/audit/index' })}
          />
        </Cell.Group>
      )}
      <CareModeCell />
      <MessagesCell />
      <PersonalDataCells />
      {switcher}
    </View>
  );
}
