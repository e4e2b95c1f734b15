export { culturalShare, useBuiltAssets, withMissing } from '../../../stories/fixtures/cultural-share.js'
