export default definePageConfig({ navigationBarTitleText: '导入官方表决结果', enablePageMeta: true });
