import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Cell, Input } from '@nutui/nutui-react-taro';
import type { BuildingView, ClaimView, CompoundListItem, CreateClaimRequest, Page, UnitView } from '@xiaoqu/shared';
import { errorMessage } from '../../services/request';
import { validateClaim, type ClaimFormErrors } from './validate';
import './index.scss';

/** The API calls the form needs (injected so tests can answer without a server). */
export interface ClaimFormDeps {
  searchCompounds(q: string): Promise<CompoundListItem[]>;
  buildings(compoundId: number): Promise<BuildingView[]>;
  units(compoundId: number, buildingId: number, cursor?: string | null): Promise<Page<UnitView>>;
  submit(body: CreateClaimRequest): Promise<ClaimView>;
  /**
   * The compound the app already knows (from the link that opened the form, the compound last viewed, or the
   * person's own), with a line saying where it came from; the form starts with it chosen. Absent or null: search.
   */
  knownCompound?(): Promise<{ compound: CompoundListItem; note: string } | null>;
}

export interface ClaimFormProps {
  deps: ClaimFormDeps;
  onSubmitted: (claim: ClaimView) => void;
  /** More (optional) fields of the page, shown above the submit button once the unit is being chosen (step 5). */
  extra?: ReactNode;
}

type Load<T> =
  { status: 'idle' } | { status: 'loading' } | { status: 'ok'; value: T } | { status: 'error'; message: string };

function FieldError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <View className="xq-claim-form__error" role="alert">
      <Text>⚠ {message}</Text>
    </View>
  );
}

/** Claim a unit: compound (search) → building → room → owner name → last 4 digits of the phone. */
export function ClaimForm({ deps, onSubmitted, extra }: ClaimFormProps) {
  const [query, setQuery] = useState('');
  const [compounds, setCompounds] = useState<Load<CompoundListItem[]>>({ status: 'idle' });
  const [compound, setCompound] = useState<CompoundListItem | null>(null);
  const [buildings, setBuildings] = useState<Load<BuildingView[]>>({ status: 'idle' });
  const [building, setBuilding] = useState<BuildingView | null>(null);
  const [units, setUnits] = useState<UnitView[]>([]);
  const [unitsCursor, setUnitsCursor] = useState<string | null>(null);
  const [unitsState, setUnitsState] = useState<Load<true>>({ status: 'idle' });
  const [room, setRoom] = useState('');
  const [ownerName, setOwnerName] = useState('');
  const [phoneLast4, setPhoneLast4] = useState('');
  const [errors, setErrors] = useState<ClaimFormErrors>({});
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [knownNote, setKnownNote] = useState<string | null>(null);
  const touched = useRef(false);

  useEffect(() => {
    let live = true;
    void deps
      .knownCompound?.()
      .then((known) => {
        // Only while the resident has not picked one themselves.
        if (!live || !known || touched.current) return;
        setKnownNote(known.note);
        void chooseCompound(known.compound);
      })
      .catch(() => undefined); // unknown after all: the search is there
    return () => {
      live = false;
    };
    // The deps are fixed for the form's life: once, on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function search() {
    const q = query.trim();
    if (!q) {
      setCompounds({ status: 'error', message: '请输入小区名称中的几个字' });
      return;
    }
    setCompounds({ status: 'loading' });
    try {
      setCompounds({ status: 'ok', value: await deps.searchCompounds(q) });
    } catch (error) {
      setCompounds({ status: 'error', message: errorMessage(error) });
    }
  }

  async function chooseCompound(item: CompoundListItem) {
    touched.current = true;
    setCompound(item);
    setBuilding(null);
    setRoom('');
    setErrors({});
    setBuildings({ status: 'loading' });
    try {
      setBuildings({ status: 'ok', value: await deps.buildings(item.id) });
    } catch (error) {
      setBuildings({ status: 'error', message: errorMessage(error) });
    }
  }

  async function loadUnits(compoundId: number, buildingId: number, cursor: string | null) {
    setUnitsState({ status: 'loading' });
    try {
      const page = await deps.units(compoundId, buildingId, cursor);
      setUnits((prev) => (cursor ? [...prev, ...page.items] : page.items));
      setUnitsCursor(page.nextCursor);
      setUnitsState({ status: 'ok', value: true });
    } catch (error) {
      setUnitsState({ status: 'error', message: errorMessage(error) });
    }
  }

  function chooseBuilding(item: BuildingView) {
    if (!compound) return;
    setBuilding(item);
    setRoom('');
    setUnits([]);
    setUnitsCursor(null);
    void loadUnits(compound.id, item.id, null);
  }

  async function submit() {
    const values = { compoundId: compound?.id ?? null, building: building?.name ?? '', room, ownerName, phoneLast4 };
    const found = validateClaim(values);
    setErrors(found);
    setSubmitError(null);
    if (Object.keys(found).length > 0 || !compound || !building) return;
    setSubmitting(true);
    try {
      const claim = await deps.submit({
        compoundId: compound.id,
        building: building.name,
        room: room.trim(),
        ownerName: ownerName.trim(),
        phoneLast4: phoneLast4.trim(),
      });
      onSubmitted(claim);
    } catch (error) {
      setSubmitError(errorMessage(error));
    } finally {
      setSubmitting(false);
    }
  }

  const roomFilter = room.trim();
  const shownUnits = roomFilter ? units.filter((u) => u.room.includes(roomFilter)) : units;

  return (
    <View className="xq-claim-form">
      <View className="xq-claim-form__section">
        <View className="xq-claim-form__label">
          <Text>1. 小区</Text>
        </View>
        {compound ? (
          <View>
            <Cell
              className="xq-claim-form__chosen"
              title={compound.name}
              description={`${compound.streetName} ${compound.communityName}`}
              extra="更换"
              clickable
              onClick={() => {
                touched.current = true;
                setKnownNote(null);
                setCompound(null);
                setBuilding(null);
                setBuildings({ status: 'idle' });
              }}
            />
            {knownNote && (
              <View className="xq-claim-form__hint">
                <Text>{knownNote}；不是这个小区，请点「更换」。</Text>
              </View>
            )}
          </View>
        ) : (
          <View>
            <View className="xq-claim-form__search">
              <Input
                className="xq-claim-form__input"
                name="compoundQuery"
                placeholder="输入小区名称，如：锦绣花园"
                value={query}
                onChange={setQuery}
                confirmType="search"
                onConfirm={() => void search()}
              />
              <Button type="primary" loading={compounds.status === 'loading'} onClick={() => void search()}>
                搜索
              </Button>
            </View>
            {compounds.status === 'error' && <FieldError message={compounds.message} />}
            {compounds.status === 'ok' && compounds.value.length === 0 && (
              <View className="xq-claim-form__hint">
                <Text>没有找到“{query.trim()}”，请换几个字再搜，或向社区确认小区名称。</Text>
              </View>
            )}
            {compounds.status === 'ok' && compounds.value.length > 0 && (
              <Cell.Group>
                {compounds.value.map((item) => (
                  <Cell
                    key={item.id}
                    className="xq-claim-form__option"
                    title={item.name}
                    description={`${item.streetName} ${item.communityName}`}
                    extra="选择"
                    clickable
                    onClick={() => void chooseCompound(item)}
                  />
                ))}
              </Cell.Group>
            )}
            <FieldError message={errors.compoundId} />
          </View>
        )}
      </View>

      {compound && (
        <View className="xq-claim-form__section">
          <View className="xq-claim-form__label">
            <Text>2. 楼栋</Text>
          </View>
          {building ? (
            <Cell
              className="xq-claim-form__chosen"
              title={building.name}
              extra="更换"
              clickable
              onClick={() => {
                setBuilding(null);
                setRoom('');
              }}
            />
          ) : (
            <View>
              {buildings.status === 'loading' && (
                <View className="xq-claim-form__hint">
                  <Text>正在加载楼栋…</Text>
                </View>
              )}
              {buildings.status === 'error' && <FieldError message={buildings.message} />}
              {buildings.status === 'ok' && buildings.value.length === 0 && (
                <View className="xq-claim-form__hint">
                  <Text>这个小区还没有导入房屋花名册，请联系社区。</Text>
                </View>
              )}
              {buildings.status === 'ok' && buildings.value.length > 0 && (
                <View className="xq-claim-form__grid">
                  {buildings.value.map((item) => (
                    <View
                      key={item.id}
                      className="xq-claim-form__chip"
                      hoverClass="xq-claim-form__chip--pressed"
                      onClick={() => chooseBuilding(item)}
                    >
                      <Text>{item.name}</Text>
                    </View>
                  ))}
                </View>
              )}
              <FieldError message={errors.building} />
            </View>
          )}
        </View>
      )}

      {compound && building && (
        <View className="xq-claim-form__section">
          <View className="xq-claim-form__label">
            <Text>3. 房号</Text>
          </View>
          <Input
            className="xq-claim-form__input"
            name="room"
            placeholder="输入房号，如 502，或在下面点选"
            value={room}
            onChange={setRoom}
          />
          <FieldError message={errors.room} />
          {unitsState.status === 'error' && <FieldError message={unitsState.message} />}
          {shownUnits.length > 0 && (
            <View className="xq-claim-form__grid">
              {shownUnits.map((unit) => (
                <View
                  key={unit.id}
                  className={`xq-claim-form__chip${unit.room === room ? ' xq-claim-form__chip--chosen' : ''}`}
                  hoverClass="xq-claim-form__chip--pressed"
                  onClick={() => setRoom(unit.room)}
                >
                  <Text>
                    {unit.room === room ? '✓ ' : ''}
                    {unit.room}
                  </Text>
                  {unit.entrance && <Text className="xq-claim-form__chip-note">{unit.entrance}</Text>}
                </View>
              ))}
            </View>
          )}
          {unitsCursor && (
            <Button
              fill="none"
              loading={unitsState.status === 'loading'}
              onClick={() => void loadUnits(compound.id, building.id, unitsCursor)}
            >
              加载更多房号
            </Button>
          )}
        </View>
      )}

      {compound && building && (
        <View className="xq-claim-form__section">
          <View className="xq-claim-form__label">
            <Text>4. 核对业主信息</Text>
          </View>
          <View className="xq-claim-form__hint">
            <Text>与社区登记的房屋花名册核对，只用于这次认证。</Text>
          </View>
          <View className="xq-claim-form__field">
            <Text>业主姓名</Text>
          </View>
          <Input
            className="xq-claim-form__input"
            name="ownerName"
            placeholder="与房产登记一致"
            value={ownerName}
            onChange={setOwnerName}
            maxLength={50}
          />
          <FieldError message={errors.ownerName} />
          <View className="xq-claim-form__field">
            <Text>业主手机号后 4 位</Text>
          </View>
          <Input
            className="xq-claim-form__input"
            name="phoneLast4"
            type="number"
            placeholder="例如 5678"
            value={phoneLast4}
            onChange={setPhoneLast4}
            maxLength={4}
          />
          <FieldError message={errors.phoneLast4} />
        </View>
      )}

      {compound && building && extra}
      <View className="xq-claim-form__submit">
        {submitError && <FieldError message={submitError} />}
        <Button
          type="primary"
          size="xlarge"
          block
          loading={submitting}
          disabled={submitting}
          onClick={() => void submit()}
        >
          {submitting ? '正在提交…' : '提交认证'}
        </Button>
      </View>
    </View>
  );
}
