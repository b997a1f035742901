export default definePageConfig({
  navigationBarTitleText: '收支公示',
  enablePullDownRefresh: true,
  enablePageMeta: true,
});
