export default definePageConfig({ navigationBarTitleText: '公开', enablePullDownRefresh: true, enablePageMeta: true });
