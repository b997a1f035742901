export default definePageConfig({
  navigationBarTitleText: '待答复质询',
  enablePullDownRefresh: true,
  enablePageMeta: true,
});
