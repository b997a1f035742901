export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/disclosure/index',
    'pages/deliberation/index',
    'pages/complaint/index',
    'pages/mine/index',
    'pages/claim/index',
    'pages/login/index',
  ],
  // Staff pages stay out of the main package that every resident downloads.
  // The chart library and the disclosure pages load only when a resident opens a period or the service disclosure.
  subPackages: [
    {
      root: 'admin',
      pages: [
        'pages/claims/index',
        'pages/roster/index',
        'pages/complaints/index',
        'pages/ranking/index',
        'pages/audit/index',
      ],
    },
    {
      root: 'disclosure',
      pages: ['pages/period/index', 'pages/service/index', 'pages/fund/index', 'pages/audit/index'],
    },
    // Proposal pages, the vote, receipts, the organisers' paper ballots, records of the consultation and follow-up, the
    // import of a result from the provincial e-voting system, the objection period's forms and the compound's basis
    // for voting here: only when someone opens a proposal.
    {
      root: 'deliberation',
      pages: [
        'pages/proposal/index',
        'pages/ballots/index',
        'pages/record/index',
        'pages/official/index',
        'pages/objection/index',
        'pages/basis/index',
      ],
    },
    {
      root: 'staff',
      pages: [
        'pages/periods/index',
        'pages/period/index',
        'pages/questions/index',
        'pages/service/index',
        'pages/work/index',
        'pages/fund/index',
        'pages/complaints/index',
      ],
    },
    // A complaint's detail with its timeline and actions: for the filer, the grid worker and admins alike.
    { root: 'complaint', pages: ['pages/detail/index'] },
    // 消息: the notices a person received, from 首页 and 我的.
    { root: 'messages', pages: ['pages/index/index'] },
  ],
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '小区共治',
    navigationBarTextStyle: 'black',
    // On h5, 'default' shows Taro's own title bar with a back button on subpages (weapp always has WeChat's).
    navigationStyle: 'default',
    backgroundColor: '#f5f6f7',
  },
  // Icons are drawn by scripts/make-tab-icons.cjs.
  tabBar: {
    color: '#4a4d55',
    selectedColor: '#0b6e4f',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '首页',
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-active.png',
      },
      {
        pagePath: 'pages/disclosure/index',
        text: '公开',
        iconPath: 'assets/tab/disclosure.png',
        selectedIconPath: 'assets/tab/disclosure-active.png',
      },
      {
        pagePath: 'pages/deliberation/index',
        text: '议事',
        iconPath: 'assets/tab/deliberation.png',
        selectedIconPath: 'assets/tab/deliberation-active.png',
      },
      {
        pagePath: 'pages/complaint/index',
        text: '诉求',
        iconPath: 'assets/tab/complaint.png',
        selectedIconPath: 'assets/tab/complaint-active.png',
      },
      {
        pagePath: 'pages/mine/index',
        text: '我的',
        iconPath: 'assets/tab/mine.png',
        selectedIconPath: 'assets/tab/mine-active.png',
      },
    ],
  },
  lazyCodeLoading: 'requiredComponents',
  // APIs touching personal data (chooseMessageFile…) go through wx.onNeedPrivacyAuthorization (see PrivacyPopup).
  __usePrivacyCheck__: true,
});
