export default definePageConfig({
  navigationBarTitleText: '维修资金',
  enablePullDownRefresh: true,
  enablePageMeta: true,
});
