import type { ButtonHTMLAttributes } from 'react';
import { Icon, type IconName } from './Icon';

/** A 44 px button showing an icon, named for screen readers by `label`. */
export function IconButton({
  icon,
  label,
  className = '',
  ...props
}: { icon: IconName; label: string } & ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button type="button" className={`icon-button ${className}`.trim()} {...props}>
      <Icon name={icon} />
      <span className="label">{label}</span>
    </button>
  );
}
