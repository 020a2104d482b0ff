// Production: two Premium v3 instances (autoscale up to 6), a staging slot for upgrades, zone-redundant storage.
// The ids come from the environment so that no tenant-specific value needs committing (see docs/deployment.md).
using '../main.bicep'

param environmentName = 'prod'
param namePrefix = 'ctm'
param webAppName = readEnvironmentVariable('CT_WEBAPP_NAME', '')
param botAppId = readEnvironmentVariable('CT_BOT_APP_ID')
param teamsAppId = readEnvironmentVariable('CT_TEAMS_APP_ID')
param customHostName = readEnvironmentVariable('CT_CUSTOM_HOSTNAME', '')
param sharePointSiteHostname = readEnvironmentVariable('CT_SHAREPOINT_HOSTNAME')
param sharePointSitePath = readEnvironmentVariable('CT_SHAREPOINT_SITE_PATH')
param keyVaultAdminPrincipalId = readEnvironmentVariable('CT_KEYVAULT_ADMIN_OBJECT_ID', '')
param appServiceSku = 'P1v3'
param instanceCount = 2
param autoscaleMaxInstances = 6
param deployStagingSlot = true
param storageSku = 'Standard_GZRS'
param botSku = 'S1'
param logRetentionDays = 90
