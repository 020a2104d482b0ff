// Azure Bot registration (single-tenant Entra app) with the Microsoft Teams channel.
param botName string

@description('Application (client) id of the single-tenant Entra app the bot signs in with.')
param botAppId string

param tenantId string

@description('Public messaging endpoint, https://{domain}/api/messages.')
param endpoint string

@allowed([
  'F0'
  'S1'
])
param sku string

param tags object

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: 'CompetencyTeams'
    description: 'Competency self-assessment campaigns (ANAP method).'
    endpoint: endpoint
    msaAppId: botAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: tenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      deploymentEnvironment: 'CommercialDeployment'
    }
  }
}

output name string = bot.name
output endpoint string = bot.properties.endpoint
