export default definePageConfig({ navigationBarTitleText: '服务公示', enablePageMeta: true });
