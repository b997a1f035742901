export default definePageConfig({
  navigationBarTitleText: '晒服务',
  enablePullDownRefresh: true,
  enablePageMeta: true,
});
