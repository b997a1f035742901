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
  subPackages: [{ root: 'admin', pages: ['pages/claims/index', 'pages/roster/index'] }],
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '小区共治',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f6f7',
  },
  tabBar: {
    color: '#4a4d55',
    selectedColor: '#0b6e4f',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', text: '首页' },
      { pagePath: 'pages/disclosure/index', text: '公开' },
      { pagePath: 'pages/deliberation/index', text: '议事' },
      { pagePath: 'pages/complaint/index', text: '诉求' },
      { pagePath: 'pages/mine/index', text: '我的' },
    ],
  },
  lazyCodeLoading: 'requiredComponents',
  // APIs touching personal data (chooseMessageFile…) go through wx.onNeedPrivacyAuthorization (see PrivacyPopup).
  __usePrivacyCheck__: true,
});
