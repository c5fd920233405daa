import { ValidationPanel as ValidationPanel_6397179fcc3d73fdc99f22ddc32aa3ac } from '@redcloud/plugin-staged-approval/client'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { PracticeMeasurements as PracticeMeasurements_0a8c3c1b8ab239f9481362d722d7defb } from '../../../components/PracticeMeasurements'
import { DeclareReplicationButton as DeclareReplicationButton_e065884b39d81632d7f1a29efdccc6ac } from '../../../components/DeclareReplicationButton'
import { PracticeSharingPanel as PracticeSharingPanel_6437fbe158241a2f49994266554304e2 } from '../../../components/practiceSharing/PracticeSharingPanel'
import { NoPublishButton as NoPublishButton_6397179fcc3d73fdc99f22ddc32aa3ac } from '@redcloud/plugin-staged-approval/client'
import { PracticeFromQuery as PracticeFromQuery_336f4cc24f7bbef81cda4d1b23e45991 } from '../../../components/PracticeFromQuery'
import { SupportRequestDeskPanel as SupportRequestDeskPanel_29ca52a5efd6f1bdce2eec8f4cc0ca6e } from '../../../components/SupportRequestDeskPanel'
import { IdeaMentorsPanel as IdeaMentorsPanel_86dd16ce4508794247e666587081501c } from '../../../components/IdeaMentorsPanel'
import { MemberImport as MemberImport_73281eded91aa69f3409a68ab6627f98 } from '../../../components/MemberImport'
import { Icon as Icon_046f426b81a173dda97eaa2afb780a67 } from '../../../components/brand/Icon'
import { Logo as Logo_783c22b53d7b86bb1103bc322eb1604a } from '../../../components/brand/Logo'
import { PendingRegistrations as PendingRegistrations_f37eccd511c77f9d679cfd910790004a } from '../../../components/PendingRegistrations'
import { ReviewQueue as ReviewQueue_6397179fcc3d73fdc99f22ddc32aa3ac } from '@redcloud/plugin-staged-approval/client'
import { ServiceGapsView as ServiceGapsView_4184d4f0186a12459d567b1eb066c73d } from '../../../components/serviceGaps/ServiceGapsView'
import { StageCounts as StageCounts_1ab73781b2fdedc63b52197d9598c1b5 } from '../../../components/dashboard/StageCounts'
import { ContentOverview as ContentOverview_23fcb58b21d4b10bfa04b30c97985e5c } from '../../../components/dashboard/ContentOverview'
import { CollectionCounts as CollectionCounts_3f23c5883de95bbac18e5e14da592621 } from '../../../components/dashboard/CollectionCounts'
import { CoordinatorsDashboard as CoordinatorsDashboard_8f3b79aa0721174c9d13468fb05cf0f6 } from '../../../components/dashboard/coordinators/CoordinatorsDashboard'
import { ServiceGapsLink as ServiceGapsLink_957c8646c39abecee3a751dc9bfd75bb } from '../../../components/dashboard/ServiceGapsLink'
import { RecentActivity as RecentActivity_daa231cdeb584e94bbde521e95b75782 } from '../../../components/dashboard/RecentActivity'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@redcloud/plugin-staged-approval/client#ValidationPanel": ValidationPanel_6397179fcc3d73fdc99f22ddc32aa3ac,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/PracticeMeasurements#PracticeMeasurements": PracticeMeasurements_0a8c3c1b8ab239f9481362d722d7defb,
  "/components/DeclareReplicationButton#DeclareReplicationButton": DeclareReplicationButton_e065884b39d81632d7f1a29efdccc6ac,
  "/components/practiceSharing/PracticeSharingPanel#PracticeSharingPanel": PracticeSharingPanel_6437fbe158241a2f49994266554304e2,
  "@redcloud/plugin-staged-approval/client#NoPublishButton": NoPublishButton_6397179fcc3d73fdc99f22ddc32aa3ac,
  "/components/PracticeFromQuery#PracticeFromQuery": PracticeFromQuery_336f4cc24f7bbef81cda4d1b23e45991,
  "/components/SupportRequestDeskPanel#SupportRequestDeskPanel": SupportRequestDeskPanel_29ca52a5efd6f1bdce2eec8f4cc0ca6e,
  "/components/IdeaMentorsPanel#IdeaMentorsPanel": IdeaMentorsPanel_86dd16ce4508794247e666587081501c,
  "/components/MemberImport#MemberImport": MemberImport_73281eded91aa69f3409a68ab6627f98,
  "/components/brand/Icon#Icon": Icon_046f426b81a173dda97eaa2afb780a67,
  "/components/brand/Logo#Logo": Logo_783c22b53d7b86bb1103bc322eb1604a,
  "/components/PendingRegistrations#PendingRegistrations": PendingRegistrations_f37eccd511c77f9d679cfd910790004a,
  "@redcloud/plugin-staged-approval/client#ReviewQueue": ReviewQueue_6397179fcc3d73fdc99f22ddc32aa3ac,
  "/components/serviceGaps/ServiceGapsView#ServiceGapsView": ServiceGapsView_4184d4f0186a12459d567b1eb066c73d,
  "/components/dashboard/StageCounts#StageCounts": StageCounts_1ab73781b2fdedc63b52197d9598c1b5,
  "/components/dashboard/ContentOverview#ContentOverview": ContentOverview_23fcb58b21d4b10bfa04b30c97985e5c,
  "/components/dashboard/CollectionCounts#CollectionCounts": CollectionCounts_3f23c5883de95bbac18e5e14da592621,
  "/components/dashboard/coordinators/CoordinatorsDashboard#CoordinatorsDashboard": CoordinatorsDashboard_8f3b79aa0721174c9d13468fb05cf0f6,
  "/components/dashboard/ServiceGapsLink#ServiceGapsLink": ServiceGapsLink_957c8646c39abecee3a751dc9bfd75bb,
  "/components/dashboard/RecentActivity#RecentActivity": RecentActivity_daa231cdeb584e94bbde521e95b75782,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
