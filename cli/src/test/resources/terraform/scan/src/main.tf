terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.0"
    }
  }
}

resource "digitalocean_vpc" "app" {
  name        = "app-fra1"
  region      = "fra1"
  description = "app network"
  ip_range    = "10.20.0.0/20"
}

resource "digitalocean_droplet" "web" {
  name     = "web-1"
  image    = "ubuntu-24-04-x64"
  region   = "fra1"
  size     = "s-1vcpu-1gb"
  vpc_uuid = digitalocean_vpc.app.id
  tags     = ["web"]
  ssh_keys = ["3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa"]
  user_data = <<-EOT
    #cloud-config
    write_files:
      - path: /etc/app.json
        content: '{"listen": 8080}'
  EOT
  monitoring = true
}

module "app" {
  source = "./modules/app"
}
