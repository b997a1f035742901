export default definePageConfig({
  navigationBarTitleText: '问题小区',
  enablePullDownRefresh: true,
  enablePageMeta: true,
});
