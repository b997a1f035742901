export default definePageConfig({ navigationBarTitleText: '维修资金与审计', enablePageMeta: true });
