export default definePageConfig({
  navigationBarTitleText: '收支公示管理',
  enablePullDownRefresh: true,
  enablePageMeta: true,
});
