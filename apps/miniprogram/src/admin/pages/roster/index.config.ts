export default definePageConfig({ navigationBarTitleText: '导入房屋花名册', enablePageMeta: true });
