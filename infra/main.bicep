// CompetencyTeams: everything the App needs in one resource group.
// Entra objects (app registration, Graph permissions, admin consent, SharePoint grant) are outside Bicep's reach:
// infra/scripts/register-entra-app.sh does them. Guide: docs/deployment.md.
targetScope = 'resourceGroup'

@description('Azure region for every regional resource (the Azure Bot is global).')
param location string = resourceGroup().location

@description('Short environment name, used in resource names and tags.')
@allowed([
  'dev'
  'test'
  'prod'
])
param environmentName string

@description('Lower-case prefix of resource names.')
@minLength(3)
@maxLength(12)
param namePrefix string = 'ctm'

@description('Application (client) id of the single-tenant Entra app used by the bot (from register-entra-app.sh).')
param botAppId string

@description('Client id of the Entra app used for the tab SSO; usually the bot app itself.')
param tabClientId string = botAppId

@description('Id of the Teams app (the manifest "id"), used by the App to install itself for users through Graph.')
param teamsAppId string

@description('Entra tenant the bot and the users belong to.')
param tenantId string = tenant().tenantId

@description('Custom host name (e.g. competency.contoso.com) bound to the web app separately; empty to use {webApp}.azurewebsites.net.')
param customHostName string = ''

@description('Globally unique web app name (its host is {name}.azurewebsites.net); empty to derive one from the resource group. Choose it first: the Entra App ID URI contains the host.')
@maxLength(60)
param webAppName string = ''

@description('SharePoint host of the HR site that receives team summaries, e.g. contoso.sharepoint.com.')
param sharePointSiteHostname string

@description('Server-relative path of that site, e.g. /sites/hr.')
param sharePointSitePath string

@description('App Service plan SKU (B1 for a trial; P0v3 or above for slots and autoscale).')
param appServiceSku string = 'P0v3'

@description('Instances of the App at deployment time (and the autoscale minimum).')
@minValue(1)
@maxValue(30)
param instanceCount int = 1

@description('Autoscale maximum; 0 turns autoscale off (Basic plans cannot autoscale).')
@minValue(0)
@maxValue(30)
param autoscaleMaxInstances int = 0

@description('Create the "staging" slot used for upgrades by swap (Standard/Premium plans only).')
param deployStagingSlot bool = true

@description('Storage redundancy.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
  'Standard_RAGZRS'
])
param storageSku string = 'Standard_ZRS'

@description('Azure Bot pricing tier; messages to Teams (a standard channel) are free on both.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Days of log retention.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Object id of the admin (user or group) who stores the client secret in Key Vault; empty for none.')
param keyVaultAdminPrincipalId string = ''

@description('Type of keyVaultAdminPrincipalId.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param keyVaultAdminPrincipalType string = 'User'

var suffix = take(uniqueString(resourceGroup().id, environmentName), 6)
var baseName = '${namePrefix}-${environmentName}'
var siteName = empty(webAppName) ? '${baseName}-app-${suffix}' : webAppName
var keyVaultName = take('${baseName}-kv-${suffix}', 24)
var storageAccountName = take(toLower('${replace(namePrefix, '-', '')}${environmentName}st${suffix}'), 24)
var publicHostName = empty(customHostName) ? '${siteName}.azurewebsites.net' : customHostName
var publicBaseUrl = 'https://${publicHostName}'
var applicationIdUri = 'api://${publicHostName}/${tabClientId}'
var clientSecretName = 'bot-app-secret'
var tags = {
  application: 'CompetencyTeams'
  environment: environmentName
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    workspaceName: '${baseName}-logs-${suffix}'
    appInsightsName: '${baseName}-appi-${suffix}'
    retentionInDays: logRetentionDays
    tags: tags
  }
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    location: location
    identityName: '${baseName}-id-${suffix}'
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    storageAccountName: storageAccountName
    skuName: storageSku
    appPrincipalId: identity.outputs.principalId
    workspaceId: monitoring.outputs.workspaceId
    tags: tags
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyVault'
  params: {
    location: location
    keyVaultName: keyVaultName
    appPrincipalId: identity.outputs.principalId
    keyVaultAdminPrincipalId: keyVaultAdminPrincipalId
    keyVaultAdminPrincipalType: keyVaultAdminPrincipalType
    workspaceId: monitoring.outputs.workspaceId
    tags: tags
  }
}

module webApp 'modules/webapp.bicep' = {
  name: 'webApp'
  params: {
    location: location
    planName: '${baseName}-plan-${suffix}'
    webAppName: siteName
    skuName: appServiceSku
    instanceCount: instanceCount
    publicHostName: publicHostName
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    deployStagingSlot: deployStagingSlot
    workspaceId: monitoring.outputs.workspaceId
    tags: tags
    appSettings: [
      { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: monitoring.outputs.appInsightsConnectionString }
      // App Service's codeless Application Insights agent for .NET on Linux: requests, dependencies, exceptions.
      { name: 'ApplicationInsightsAgent_EXTENSION_VERSION', value: '~3' }
      { name: 'AZURE_CLIENT_ID', value: identity.outputs.clientId }
      { name: 'App__PublicBaseUrl', value: publicBaseUrl }
      { name: 'Bot__MicrosoftAppId', value: botAppId }
      { name: 'Bot__TenantId', value: tenantId }
      { name: 'Bot__ClientSecret', value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${clientSecretName})' }
      { name: 'Tab__ClientId', value: tabClientId }
      { name: 'Tab__ApplicationIdUri', value: applicationIdUri }
      { name: 'Teams__AppId', value: teamsAppId }
      { name: 'Storage__ConnectionString', value: '' }
      { name: 'Storage__TableServiceUri', value: storage.outputs.tableServiceUri }
      { name: 'Storage__QueueServiceUri', value: storage.outputs.queueServiceUri }
      { name: 'Storage__ManagedIdentityClientId', value: identity.outputs.clientId }
      { name: 'SharePoint__SiteHostname', value: sharePointSiteHostname }
      { name: 'SharePoint__SitePath', value: sharePointSitePath }
      // Graph application permissions (Sites.Selected, TeamsAppInstallation…) are granted to the app registration.
      { name: 'Graph__Authentication', value: 'ClientSecret' }
      { name: 'Graph__TenantId', value: tenantId }
      { name: 'Graph__ClientId', value: botAppId }
      { name: 'Graph__ClientSecret', value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${clientSecretName})' }
    ]
  }
}

module autoscale 'modules/autoscale.bicep' = if (autoscaleMaxInstances > 0) {
  name: 'autoscale'
  params: {
    location: location
    planId: webApp.outputs.planId
    planName: '${baseName}-plan-${suffix}'
    minimumInstances: instanceCount
    maximumInstances: max(instanceCount, autoscaleMaxInstances)
    tags: tags
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    botName: '${baseName}-bot-${suffix}'
    botAppId: botAppId
    tenantId: tenantId
    endpoint: '${publicBaseUrl}/api/messages'
    sku: botSku
    tags: tags
  }
}

output webAppName string = webApp.outputs.name
output publicHostName string = publicHostName
output publicBaseUrl string = publicBaseUrl
output botName string = bot.outputs.name
output botEndpoint string = bot.outputs.endpoint
output applicationIdUri string = applicationIdUri
output keyVaultName string = keyVault.outputs.name
output clientSecretName string = clientSecretName
output storageAccountName string = storage.outputs.name
output tableServiceUri string = storage.outputs.tableServiceUri
output queueServiceUri string = storage.outputs.queueServiceUri
output managedIdentityClientId string = identity.outputs.clientId

@description('Values for manifest/package.js --config (add --version).')
output manifestValues object = {
  teamsAppId: teamsAppId
  botId: botAppId
  clientId: tabClientId
  domain: publicHostName
}
