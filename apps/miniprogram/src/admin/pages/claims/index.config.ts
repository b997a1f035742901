export default definePageConfig({
  navigationBarTitleText: '审核房屋认证',
  enablePullDownRefresh: true,
  enablePageMeta: true,
});
