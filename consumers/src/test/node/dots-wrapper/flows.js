// Drives the DigitalOcean flows a typical client needs through dots-wrapper (as its README
// documents: createApiClient({endpoint, token}), every call resolves to an axios response) against
// the endpoint in DO_API_URL (e.g. http://127.0.0.1:PORT/v2) with the token in DIGITALOCEAN_TOKEN.
// Prints one line per call ("ok <name>" or "FAILED <name>: <status> <body>") and exits 1 when any
// call failed. dots-wrapper has no Spaces access keys module, so those calls use fetch.
'use strict';

const { createApiClient } = require('dots-wrapper');

const endpoint = process.env.DO_API_URL;
const token = process.env.DIGITALOCEAN_TOKEN;
if (!endpoint || !token) {
  console.error('set DO_API_URL and DIGITALOCEAN_TOKEN');
  process.exit(2);
}
const dots = createApiClient({ endpoint, token, requestTimeoutInMs: 10000 });

const failures = [];

async function call(name, fn) {
  try {
    const response = await fn();
    console.log(`ok ${name}`);
    return response.data;
  } catch (error) {
    const status = error.response ? error.response.status : 'no response';
    const body = error.response ? JSON.stringify(error.response.data) : String(error);
    console.log(`FAILED ${name}: ${status} ${body}`);
    failures.push(name);
    return undefined;
  }
}

function check(name, condition) {
  if (condition) {
    console.log(`ok ${name}`);
  } else {
    console.log(`FAILED ${name}`);
    failures.push(name);
  }
}

/** Spaces access keys through plain fetch (dots-wrapper has no module for them). */
function spaces(method, path, body) {
  return async () => {
    const response = await fetch(`${endpoint}/spaces/keys${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) {
      const error = new Error(`HTTP ${response.status}`);
      error.response = { status: response.status, data: text };
      throw error;
    }
    return { data: text ? JSON.parse(text) : undefined };
  };
}

async function settle(poll) {
  for (let i = 0; i < 50; i++) {
    const action = await poll();
    if (!action || action.status !== 'in-progress') {
      return action;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}

async function main() {
  const region = 'fra1';
  await call('account.getAccount', () => dots.account.getAccount());
  const regions = await call('region.listRegions', () => dots.region.listRegions({}));
  check('regions include fra1', regions && regions.regions.some((r) => r.slug === region));
  const sizes = await call('size.listSizes', () => dots.size.listSizes({}));
  check('sizes include s-1vcpu-1gb', sizes && sizes.sizes.some((s) => s.slug === 's-1vcpu-1gb'));

  // SSH keys
  const publicKey =
    'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPj9ZD6UV4sQGk+8zn1wT9tvciIiYZcbj44juYATxGCl ci';
  const key = (await call('sshKey.createSshKey', () =>
    dots.sshKey.createSshKey({ name: 'ci', public_key: publicKey }))).ssh_key;
  await call('sshKey.listSshKeys', () => dots.sshKey.listSshKeys({}));
  await call('sshKey.getSshKey', () => dots.sshKey.getSshKey({ ssh_key_id: key.id }));
  await call('sshKey.updateSshKey', () =>
    dots.sshKey.updateSshKey({ ssh_key_id: key.id, name: 'ci-renamed' }));

  // VPCs
  const vpc = (await call('vpc.createVpc', () =>
    dots.vpc.createVpc({ name: 'dots-vpc', region, ip_range: '10.20.0.0/20' }))).vpc;
  await call('vpc.listVpcs', () => dots.vpc.listVpcs({}));
  await call('vpc.getVpc', () => dots.vpc.getVpc({ vpc_id: vpc.id }));
  await call('vpc.updateVpc', () =>
    dots.vpc.updateVpc({ vpc_id: vpc.id, description: 'made by dots-wrapper' }));

  // Tags
  await call('tag.createTag', () => dots.tag.createTag({ name: 'web' }));
  await call('tag.listTags', () => dots.tag.listTags({}));
  await call('tag.getTag', () => dots.tag.getTag({ tag_name: 'web' }));

  // Droplets and their actions
  const droplet = (await call('droplet.createDroplet', () =>
    dots.droplet.createDroplet({
      name: 'web-1', region, size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64',
      ssh_keys: [key.fingerprint], vpc_uuid: vpc.id, tags: ['web'], monitoring: true,
    }))).droplet;
  await call('droplet.listDroplets', () => dots.droplet.listDroplets({ tag_name: 'web' }));
  await call('droplet.getDroplet', () => dots.droplet.getDroplet({ droplet_id: droplet.id }));
  const dropletActions = await call('droplet.listDropletActions', () =>
    dots.droplet.listDropletActions({ droplet_id: droplet.id }));
  const createAction = dropletActions && dropletActions.actions[0];
  check('droplet has its create action', createAction && createAction.type === 'create');
  if (createAction) {
    await call('droplet.getDropletAction', () =>
      dots.droplet.getDropletAction({ droplet_id: droplet.id, action_id: createAction.id }));
    await call('action.getAction', () => dots.action.getAction({ action_id: createAction.id }));
  }
  await call('action.listActions', () => dots.action.listActions({}));

  // Droplet power actions: each one's effect shows once it completed
  async function dropletAction(name, start) {
    const started = await call(name, start);
    return settle(async () => (await call(`droplet.getDropletAction (${name})`, () =>
      dots.droplet.getDropletAction({ droplet_id: droplet.id, action_id: started.action.id })))
      .action);
  }
  async function dropletStatus(label) {
    const current = await call(`droplet.getDroplet (${label})`, () =>
      dots.droplet.getDroplet({ droplet_id: droplet.id }));
    return current && current.droplet.status;
  }
  const rebooted = await dropletAction('droplet.rebootDroplet', () =>
    dots.droplet.rebootDroplet({ droplet_id: droplet.id }));
  check('reboot completed', rebooted && rebooted.status === 'completed');
  check('droplet active after reboot', (await dropletStatus('rebooted')) === 'active');
  const poweredOff = await dropletAction('droplet.powerOffDroplet', () =>
    dots.droplet.powerOffDroplet({ droplet_id: droplet.id }));
  check('power off completed', poweredOff && poweredOff.status === 'completed');
  check('droplet off after power off', (await dropletStatus('powered off')) === 'off');
  const poweredOn = await dropletAction('droplet.powerOnDroplet', () =>
    dots.droplet.powerOnDroplet({ droplet_id: droplet.id }));
  check('power on completed', poweredOn && poweredOn.status === 'completed');
  check('droplet active after power on', (await dropletStatus('powered on')) === 'active');

  // Images
  const images = await call('image.listImages', () => dots.image.listImages({}));
  check('images include ubuntu-24-04-x64',
    images && images.images.some((i) => i.slug === 'ubuntu-24-04-x64'));
  const distributions = await call('image.listImages (distribution)', () =>
    dots.image.listImages({ type: 'distribution' }));
  check('distribution images are public',
    distributions && distributions.images.length > 0 && distributions.images.every((i) => i.public));
  const ubuntu = await call('image.getImage (by slug)', () =>
    dots.image.getImage({ slug: 'ubuntu-24-04-x64' }));
  check('image found by slug', ubuntu && ubuntu.image.distribution === 'Ubuntu');
  await call('vpc.listVpcResources', () => dots.vpc.listVpcResources({ vpc_id: vpc.id }));

  // Volumes and volume actions
  const volume = (await call('volume.createVolume', () =>
    dots.volume.createVolume({ name: 'pgdata', region, size_gigabytes: 10, tags: ['web'] }))).volume;
  await call('volume.listVolumes', () => dots.volume.listVolumes({ name: 'pgdata' }));
  await call('volume.getVolume', () => dots.volume.getVolume({ volume_id: volume.id }));
  const attach = await call('volume.attachVolumeToDroplet', () =>
    dots.volume.attachVolumeToDroplet({ volume_id: volume.id, droplet_id: droplet.id, region }));
  const attached = await settle(async () => (await call('volume.getVolumeAction', () =>
    dots.volume.getVolumeAction({ volume_id: volume.id, action_id: attach.action.id }))).action);
  check('attach completed', attached && attached.status === 'completed');
  const afterAttach = await call('droplet.getDroplet (attached)', () =>
    dots.droplet.getDroplet({ droplet_id: droplet.id }));
  check('droplet shows the volume', afterAttach && afterAttach.droplet.volume_ids.includes(volume.id));
  await call('volume.listVolumeActions', () =>
    dots.volume.listVolumeActions({ volume_id: volume.id }));
  const detach = await call('volume.detachVolumeFromDroplet', () =>
    dots.volume.detachVolumeFromDroplet({ volume_id: volume.id, droplet_id: droplet.id, region }));
  await settle(async () => (await call('volume.getVolumeAction (detach)', () =>
    dots.volume.getVolumeAction({ volume_id: volume.id, action_id: detach.action.id }))).action);
  const resize = await call('volume.resizeVolume', () =>
    dots.volume.resizeVolume({ volume_id: volume.id, size_gigabytes: 20, region }));
  await settle(async () => (await call('volume.getVolumeAction (resize)', () =>
    dots.volume.getVolumeAction({ volume_id: volume.id, action_id: resize.action.id }))).action);
  await call('volume.createVolumeSnapshot', () =>
    dots.volume.createVolumeSnapshot({ volume_id: volume.id, name: 'pgdata-1' }));
  await call('volume.listVolumeSnapshots', () =>
    dots.volume.listVolumeSnapshots({ volume_id: volume.id }));

  // Tagging resources
  await call('tag.createTag (backup)', () => dots.tag.createTag({ name: 'backup' }));
  await call('tag.tagResources', () => dots.tag.tagResources({
    tag_name: 'backup',
    resources: [
      { resource_id: String(droplet.id), resource_type: 'droplet' },
      { resource_id: volume.id, resource_type: 'volume' },
    ],
  }));
  const tagged = await call('volume.getVolume (tagged)', () =>
    dots.volume.getVolume({ volume_id: volume.id }));
  check('volume shows the tag', tagged && tagged.volume.tags.includes('backup'));
  const backup = await call('tag.getTag (backup)', () => dots.tag.getTag({ tag_name: 'backup' }));
  check('tag counts two resources', backup && backup.tag.resources.count === 2);
  await call('tag.untagResources', () => dots.tag.untagResources({
    tag_name: 'backup', resources: [{ resource_id: volume.id, resource_type: 'volume' }],
  }));
  const taggedDroplet = await call('droplet.getDroplet (tagged)', () =>
    dots.droplet.getDroplet({ droplet_id: droplet.id }));
  check('droplet shows the tag', taggedDroplet && taggedDroplet.droplet.tags.includes('backup'));
  await call('tag.deleteTag', () => dots.tag.deleteTag({ tag_name: 'backup' }));

  // Cloud Firewalls
  const https = { protocol: 'tcp', ports: '443', sources: { addresses: ['10.0.0.0/8'] } };
  const ssh = { protocol: 'tcp', ports: '22', sources: { addresses: ['10.20.0.0/20'] } };
  const dns = { protocol: 'udp', ports: '53', destinations: { addresses: ['10.0.0.0/8'] } };
  const firewall = (await call('firewall.createFirewall', () =>
    dots.firewall.createFirewall({
      name: 'web', inbound_rules: [https], outbound_rules: [dns], tags: ['web'],
    }))).firewall;
  await call('firewall.listFirewalls', () => dots.firewall.listFirewalls({}));
  await call('firewall.getFirewall', () => dots.firewall.getFirewall({ firewall_id: firewall.id }));
  await call('firewall.addRulesToFirewall', () =>
    dots.firewall.addRulesToFirewall({ firewall_id: firewall.id, inbound_rules: [ssh] }));
  await call('firewall.removeRulesFromFirewall', () =>
    dots.firewall.removeRulesFromFirewall({ firewall_id: firewall.id, inbound_rules: [ssh] }));
  await call('firewall.addDropletsToFirewall', () =>
    dots.firewall.addDropletsToFirewall({ firewall_id: firewall.id, droplet_ids: [droplet.id] }));
  await call('firewall.removeDropletsFromFirewall', () =>
    dots.firewall.removeDropletsFromFirewall({ firewall_id: firewall.id, droplet_ids: [droplet.id] }));
  await call('firewall.removeTagsFromFirewall', () =>
    dots.firewall.removeTagsFromFirewall({ firewall_id: firewall.id, tags: ['web'] }));
  await call('firewall.addTagsToFirewall', () =>
    dots.firewall.addTagsToFirewall({ firewall_id: firewall.id, tags: ['web'] }));
  await call('firewall.updateFirewall', () => dots.firewall.updateFirewall({
    id: firewall.id, name: 'web', inbound_rules: [https, ssh], outbound_rules: [dns],
    droplet_ids: [droplet.id], tags: ['web'],
  }));

  // Certificates and load balancers
  const certificate = (await call('certificate.createCertificate', () =>
    dots.certificate.createCertificate({
      name: 'web-cert', type: 'lets_encrypt', dns_names: ['www.example.com'],
    }))).certificate;
  await call('certificate.listCertificates', () => dots.certificate.listCertificates({}));
  await call('certificate.getCertificate', () =>
    dots.certificate.getCertificate({ certificate_id: certificate.id }));
  const loadBalancer = (await call('loadBalancer.createLoadBalancer', () =>
    dots.loadBalancer.createLoadBalancer({
      name: 'web-lb', region, vpc_uuid: vpc.id, droplet_ids: [droplet.id],
      redirect_http_to_https: true,
      forwarding_rules: [{
        entry_protocol: 'https', entry_port: 443, target_protocol: 'http', target_port: 8080,
        certificate_id: certificate.id,
      }],
    }))).load_balancer;
  await call('loadBalancer.listLoadBalancers', () => dots.loadBalancer.listLoadBalancers({}));
  await call('loadBalancer.getLoadBalancer', () =>
    dots.loadBalancer.getLoadBalancer({ load_balancer_id: loadBalancer.id }));
  await call('loadBalancer.deleteLoadBalancer', () =>
    dots.loadBalancer.deleteLoadBalancer({ load_balancer_id: loadBalancer.id }));
  await call('certificate.deleteCertificate', () =>
    dots.certificate.deleteCertificate({ certificate_id: certificate.id }));

  // Managed databases
  const cluster = (await call('database.createDatabaseCluster', () =>
    dots.database.createDatabaseCluster({
      name: 'dots-pg', engine: 'pg', version: '16', region, size: 'db-s-1vcpu-1gb',
      num_nodes: 1, private_network_uuid: vpc.id, tags: ['web'],
    }))).database;
  await call('database.listDatabaseClusters', () => dots.database.listDatabaseClusters({}));
  await call('database.getDatabaseCluster', () =>
    dots.database.getDatabaseCluster({ database_cluster_id: cluster.id }));
  await call('database.updateDatabaseClusterFirewallRules', () =>
    dots.database.updateDatabaseClusterFirewallRules({
      database_cluster_id: cluster.id, rules: [{ type: 'droplet', value: String(droplet.id) }],
    }));
  await call('database.listDatabaseClusterFirewallRules', () =>
    dots.database.listDatabaseClusterFirewallRules({ database_cluster_id: cluster.id }));
  await call('database.configureDatabaseClusterMaintenanceWindow', () =>
    dots.database.configureDatabaseClusterMaintenanceWindow({
      database_cluster_id: cluster.id, day: 'sunday', hour: '03:00',
    }));
  await call('database.createDatabaseClusterUser', () =>
    dots.database.createDatabaseClusterUser({ database_cluster_id: cluster.id, user_name: 'app' }));
  await call('database.listDatabaseClusterUsers', () =>
    dots.database.listDatabaseClusterUsers({ database_cluster_id: cluster.id }));
  await call('database.getDatabaseClusterUser', () =>
    dots.database.getDatabaseClusterUser({ database_cluster_id: cluster.id, user_name: 'app' }));
  await call('database.removeDatabaseClusterUser', () =>
    dots.database.removeDatabaseClusterUser({ database_cluster_id: cluster.id, user_name: 'app' }));
  await call('database.destroyDatabaseCluster', () =>
    dots.database.destroyDatabaseCluster({ database_cluster_id: cluster.id }));

  // Spaces access keys (fetch)
  const spacesKey = (await call('spaces keys create', spaces('POST', '', {
    name: 'dots-key', grants: [{ bucket: 'assets', permission: 'read' }],
  }))).key;
  await call('spaces keys list', spaces('GET', ''));
  await call('spaces keys get', spaces('GET', `/${spacesKey.access_key}`));
  await call('spaces keys delete', spaces('DELETE', `/${spacesKey.access_key}`));

  // Clean up
  await call('firewall.deleteFirewall', () =>
    dots.firewall.deleteFirewall({ firewall_id: firewall.id }));
  await call('volume.deleteVolume', () => dots.volume.deleteVolume({ volume_id: volume.id }));
  await call('volume.createVolume (by name)', () =>
    dots.volume.createVolume({ name: 'scratch', region, size_gigabytes: 1 }));
  await call('volume.deleteVolumeByName', () =>
    dots.volume.deleteVolumeByName({ volume_name: 'scratch', region }));
  await call('droplet.deleteDroplet', () => dots.droplet.deleteDroplet({ droplet_id: droplet.id }));
  await call('tag.deleteTag (web)', () => dots.tag.deleteTag({ tag_name: 'web' }));
  // The first VPC of a region is its default and cannot be deleted; a second one can.
  const scratch = (await call('vpc.createVpc (second)', () =>
    dots.vpc.createVpc({ name: 'scratch-vpc', region, ip_range: '10.30.0.0/24' }))).vpc;
  await call('vpc.deleteVpc', () => dots.vpc.deleteVpc({ vpc_id: scratch.id }));
  await call('sshKey.destroySshKey', () => dots.sshKey.destroySshKey({ ssh_key_id: key.id }));

  if (failures.length > 0) {
    console.log(`${failures.length} call(s) failed: ${failures.join(', ')}`);
    process.exit(1);
  }
  console.log('all calls succeeded');
}

main().catch((error) => {
  console.log(`FAILED with an exception: ${error && error.stack ? error.stack : error}`);
  process.exit(1);
});
