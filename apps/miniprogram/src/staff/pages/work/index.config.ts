export default definePageConfig({ navigationBarTitleText: '新增工作记录', enablePageMeta: true });
