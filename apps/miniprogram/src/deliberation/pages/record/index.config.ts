export default definePageConfig({ navigationBarTitleText: '记录协商与落实', enablePageMeta: true });
