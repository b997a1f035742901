export default definePageConfig({ navigationBarTitleText: '结果询异', enablePageMeta: true });
