export default definePageConfig({
  navigationBarTitleText: '小区共治',
  enablePullDownRefresh: true,
  enablePageMeta: true,
});
