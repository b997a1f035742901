export default definePageConfig({
  navigationBarTitleText: '纸质票与选票记录',
  enablePullDownRefresh: true,
  enablePageMeta: true,
});
