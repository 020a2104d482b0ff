// Development / trial environment: one Basic instance, no slot, no autoscale, locally redundant storage.
// The ids come from environment variables (set by you or printed by infra/scripts/register-entra-app.sh);
// building or deploying without them fails, rather than deploying placeholder ids.
using '../main.bicep'

param environmentName = 'dev'
param namePrefix = 'ctm'
param webAppName = readEnvironmentVariable('CT_WEBAPP_NAME', '')
param botAppId = readEnvironmentVariable('CT_BOT_APP_ID')
param teamsAppId = readEnvironmentVariable('CT_TEAMS_APP_ID')
param sharePointSiteHostname = readEnvironmentVariable('CT_SHAREPOINT_HOSTNAME')
param sharePointSitePath = readEnvironmentVariable('CT_SHAREPOINT_SITE_PATH')
param keyVaultAdminPrincipalId = readEnvironmentVariable('CT_KEYVAULT_ADMIN_OBJECT_ID', '')
param appServiceSku = 'B1'
param instanceCount = 1
param autoscaleMaxInstances = 0
param deployStagingSlot = false
param storageSku = 'Standard_LRS'
param botSku = 'F0'
param logRetentionDays = 30
