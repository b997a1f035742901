export default definePageConfig({
  navigationBarTitleText: '收支公示',
  enablePullDownRefresh: true,
  enableShareAppMessage: true,
  enablePageMeta: true,
});
