#!/usr/bin/env python3
"""Writes the seed corpora in fuzz/corpus/ that are binary or generated (docs/fuzzing.md).

DNS messages are built here byte by byte after RFC 1035 §4 (with name compression, §4.1.4),
RFC 6891 (OPT), RFC 8659 (CAA) and RFC 2136 §2 (UPDATE), so the seeds do not depend on the code
under test. Certificates and keys come from the openssl command line. The JSON, header, name and
hub seeds are plain text files, written by hand, next to these.
"""
import os
import struct
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def name(text, compress=None, offset=0):
    """A domain name in wire form; with `compress` (suffix -> offset), a pointer where possible."""
    labels = [l for l in text.rstrip('.').split('.') if l]
    out = b''
    for i in range(len(labels)):
        suffix = '.'.join(labels[i:]).lower()
        if compress is not None and suffix in compress:
            return out + struct.pack('>H', 0xC000 | compress[suffix])
        if compress is not None:
            compress[suffix] = offset + len(out)
        label = labels[i].encode()
        out += bytes([len(label)]) + label
    return out + b'\0'


class Message:
    def __init__(self, ident, flags, opcode=0, rcode=0):
        self.ident, self.flags, self.opcode, self.rcode = ident, flags, opcode, rcode
        self.sections = [[], [], [], []]
        self.compress = {}
        self.body = b''

    def header(self):
        flags = self.flags | (self.opcode << 11) | self.rcode
        counts = [len(s) for s in self.sections]
        return struct.pack('>HHHHHH', self.ident, flags, *counts)

    def question(self, qname, qtype, qclass=1):
        wire = name(qname, self.compress, 12 + len(self.body)) + struct.pack('>HH', qtype, qclass)
        self.body += wire
        self.sections[0].append(wire)

    def record(self, section, owner, rtype, ttl, rdata, rclass=1):
        owner_wire = name(owner, self.compress, 12 + len(self.body))
        start = 12 + len(self.body) + len(owner_wire) + 10
        data = rdata(self.compress, start) if callable(rdata) else rdata
        wire = owner_wire + struct.pack('>HHIH', rtype, rclass, ttl, len(data)) + data
        self.body += wire
        self.sections[section].append(wire)

    def wire(self):
        return self.header() + self.body


def txt(*strings):
    return b''.join(bytes([len(s)]) + s for s in strings)


def caa(flags, tag, value):
    return bytes([flags, len(tag)]) + tag + value


def soa(compress, start):
    mname = name('ns1.example.test', compress, start)
    rname = name('hostmaster.example.test', compress, start + len(mname))
    return mname + rname + struct.pack('>IIIII', 2026120701, 3600, 600, 86400, 60)


def target(text):
    return lambda compress, start: name(text, compress, start)


def dns_seeds():
    A, NS, CNAME, SOA, TXT, AAAA, OPT, CAA = 1, 2, 5, 6, 16, 28, 41, 257
    response = 0x8000 | 0x0400 | 0x0100 | 0x0080  # QR AA RD RA
    seeds = {}

    m = Message(0x0101, response)
    m.question('www.example.test', A)
    m.record(1, 'www.example.test', A, 300, bytes([127, 0, 0, 1]))
    seeds['a-answer'] = m.wire()

    m = Message(0x0102, response)
    m.question('www.example.test', AAAA)
    m.record(1, 'www.example.test', AAAA, 300, bytes(15) + b'\x01')
    m.record(3, '.', OPT, 0, b'', rclass=1232)
    seeds['aaaa-edns'] = m.wire()

    m = Message(0x0103, response)
    m.question('_acme-challenge.www.example.test', TXT)
    m.record(1, '_acme-challenge.www.example.test', CNAME, 60, target('www-abcdefghijklmnop.acme.delegation.test'))
    m.record(1, 'www-abcdefghijklmnop.acme.delegation.test', TXT, 60,
             txt(b'LHDhK3oGRvkiefQnx7OOczTY5Tic_xZ6HcMOc_gmtoM'))
    m.record(1, 'www-abcdefghijklmnop.acme.delegation.test', TXT, 60, txt(b'a' * 255, b'b' * 10))
    seeds['cname-chain-txt'] = m.wire()

    m = Message(0x0104, response)
    m.question('example.test', CAA)
    m.record(1, 'example.test', CAA, 300, caa(0, b'issue', b'pebble.letsencrypt.org; validationmethods=dns-01'))
    m.record(1, 'example.test', CAA, 300, caa(0, b'issuewild', b';'))
    m.record(1, 'example.test', CAA, 300, caa(128, b'tbs', b'unknown'))
    m.record(1, 'example.test', CAA, 300, caa(0, b'iodef', b'mailto:security@example.test'))
    seeds['caa-set'] = m.wire()

    m = Message(0x0105, response, rcode=3)
    m.question('missing.example.test', TXT)
    m.record(2, 'example.test', SOA, 60, soa)
    seeds['nxdomain-soa'] = m.wire()

    m = Message(0x0106, 0x8000 | 0x0200 | 0x0100)  # truncated
    m.question('big.example.test', TXT)
    seeds['truncated'] = m.wire()

    m = Message(0x0107, 0x8000 | 0x0100 | 0x0080)
    m.question('sub.example.test', NS)
    m.record(2, 'sub.example.test', NS, 3600, target('ns1.sub.example.test'))
    m.record(3, 'ns1.sub.example.test', A, 3600, bytes([127, 0, 0, 2]))
    seeds['referral'] = m.wire()

    m = Message(0x0108, 0x0100)
    m.question('www.example.test', A)
    m.record(3, '.', OPT, 0, b'', rclass=1232)
    seeds['query'] = m.wire()

    m = Message(0x0109, response)
    m.question('xn--bcher-kva.example.test', A)
    m.record(1, 'xn--bcher-kva.example.test', CNAME, 60, b'\x05we\\i.d\x07example\x04test\x00')
    seeds['odd-cname-target'] = m.wire()
    return seeds


def update_seeds():
    SOA, TXT, CNAME, ANY = 6, 16, 5, 255
    seeds = {}
    m = Message(0x2001, 0, opcode=5)
    m.question('example.test', SOA)
    m.record(2, '_acme-challenge.www.example.test', TXT, 60, txt(b'LHDhK3oGRvkiefQnx7OOczTY5Tic_xZ6HcMOc_gmtoM'))
    seeds['update-add-txt'] = m.wire()

    m = Message(0x2002, 0, opcode=5)
    m.question('delegation.test', SOA)
    m.record(2, '_acme-challenge.www.delegation.test', TXT, 0, txt(b'old-value'), rclass=254)  # NONE
    m.record(2, '_acme-challenge.www.delegation.test', CNAME, 0, b'', rclass=ANY)
    seeds['update-delete'] = m.wire()

    m = Message(0x2003, 0x8000, opcode=5, rcode=9)  # NOTAUTH reply
    m.question('example.test', SOA)
    seeds['update-reply-notauth'] = m.wire()
    return seeds


def pem_seeds(directory):
    with tempfile.TemporaryDirectory() as work:
        def run(*args):
            subprocess.run(['openssl', *args], cwd=work, check=True, capture_output=True)

        run('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'ca.key',
            '-out', 'ca.pem', '-days', '3650', '-subj', '/CN=Fuzz Root CA')
        run('req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'leaf.key',
            '-out', 'leaf.csr', '-subj', '/CN=a.example.test')
        with open(os.path.join(work, 'ext'), 'w') as ext:
            ext.write('subjectAltName=DNS:a.example.test,DNS:*.example.test,DNS:xn--bcher-kva.example.test,IP:127.0.0.1\n'
                      'authorityKeyIdentifier=keyid\n')
        run('x509', '-req', '-in', 'leaf.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial',
            '-out', 'leaf.pem', '-days', '90', '-extfile', 'ext')
        run('genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', 'rsa.key')
        run('pkey', '-in', 'leaf.key', '-out', 'leaf-sec1.key', '-traditional')

        def read(file):
            with open(os.path.join(work, file), 'rb') as f:
                return f.read()

        files = {
            'chain': read('leaf.pem') + read('ca.pem'),
            'leaf-only': read('leaf.pem'),
            'chain-and-key': read('leaf.pem') + read('ca.pem') + read('leaf.key'),
            'ec-pkcs8-key': read('leaf.key'),
            'ec-sec1-key': read('leaf-sec1.key'),
            'rsa-key': read('rsa.key'),
            'alternates': read('leaf.pem') + read('ca.pem') + b'\0' + read('leaf.pem'),
        }
        for file, data in files.items():
            write(directory, file, data)


def write(directory, file, data):
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, file), 'wb') as f:
        f.write(data)


def main():
    corpus = os.path.join(HERE, 'corpus')
    for file, data in dns_seeds().items():
        write(os.path.join(corpus, 'FuzzDnsMessage'), file, data)
    for file, data in {**dns_seeds(), **update_seeds()}.items():
        write(os.path.join(corpus, 'FuzzTsig'), file, data)
    if '--pem' in sys.argv:  # new keys each time: only when the PEM seeds should change
        pem_seeds(os.path.join(corpus, 'FuzzPem'))


if __name__ == '__main__':
    main()
