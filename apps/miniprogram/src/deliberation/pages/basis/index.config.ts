export default definePageConfig({ navigationBarTitleText: '表决依据', enablePageMeta: true });
