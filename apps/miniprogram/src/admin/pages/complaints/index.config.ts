export default definePageConfig({
  navigationBarTitleText: '升级诉求',
  enablePullDownRefresh: true,
  enablePageMeta: true,
});
